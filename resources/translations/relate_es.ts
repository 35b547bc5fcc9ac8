<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="27"/>
        <source>Qt for Python: windows and widgets</source>
        <translation>Qt para Python: ventanas y controles</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="30"/>
        <source>database access</source>
        <translation>acceso a la base de datos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="31"/>
        <source>database upgrades</source>
        <translation>actualizaciones de la base de datos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="34"/>
        <source>SQLCipher: encrypted database files</source>
        <translation>SQLCipher: archivos de base de datos cifrados</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="39"/>
        <source>key wrapping (AES-GCM)</source>
        <translation>protección de claves (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="42"/>
        <source>passphrase hashing (Argon2id)</source>
        <translation>derivación de contraseñas (Argon2id)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="43"/>
        <source>agreement PDFs</source>
        <translation>PDF de los acuerdos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="44"/>
        <source>right-to-left text in PDFs</source>
        <translation>texto de derecha a izquierda en los PDF</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="45"/>
        <source>Arabic letter shapes in PDFs</source>
        <translation>formas de las letras árabes en los PDF</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="46"/>
        <source>where data is kept</source>
        <translation>dónde se guardan los datos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="53"/>
        <source>Latin, Greek, Cyrillic, symbols</source>
        <translation>latín, griego, cirílico, símbolos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="58"/>
        <source>Hebrew and Arabic</source>
        <translation>hebreo y árabe</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="63"/>
        <source>Chinese, Japanese, Korean</source>
        <translation>chino, japonés, coreano</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="66"/>
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="81"/>
        <source>About Relate</source>
        <translation>Acerca de Relate</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="88"/>
        <source>Relate&apos;s icon</source>
        <translation>Icono de Relate</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="97"/>
        <source>A companion for repair after a fight, for keeping promises, and for journaling. Your data stays on this computer, encrypted with SQLCipher. Relate makes no network connections.</source>
        <translation>Un compañero para reparar después de una pelea, para cumplir promesas y para escribir un diario. Tus datos se quedan en este equipo, cifrados con SQLCipher. Relate no se conecta a la red.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="109"/>
        <source>Licences of the fonts and libraries</source>
        <translation>Licencias de las fuentes y bibliotecas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="121"/>
        <source>Relate is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Relate es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="123"/>
        <source>Fonts</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="123"/>
        <source>Libraries</source>
        <translation>Bibliotecas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="125"/>
        <source>Qt is © The Qt Company, used under the LGPL version 3. The full licence texts are in the resources/fonts folder and in each library.</source>
        <translation>Qt es © The Qt Company, usado bajo la LGPL versión 3. Los textos completos de las licencias están en la carpeta resources/fonts y en cada biblioteca.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="330"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="332"/>
        <source>&amp;Check in now</source>
        <translation>&amp;Revisar ahora</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="335"/>
        <source>Plan a check-&amp;in…</source>
        <translation>Prever una rev&amp;isión…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="338"/>
        <source>Make a &amp;PDF…</source>
        <translation>Hacer un &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="340"/>
        <source>Make a PDF of this agreement</source>
        <translation>Hacer un PDF de este acuerdo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="403"/>
        <source>Made on {day}</source>
        <translation>Hecho el {day}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="405"/>
        <source>version {n}</source>
        <translation>versión {n}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="416"/>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
</context>
<context>
    <name>BothEdited</name>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="41"/>
        <source>A person</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="42"/>
        <source>A conflict</source>
        <translation>Un conflicto</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="43"/>
        <source>Someone&apos;s view of a conflict</source>
        <translation>La mirada de alguien sobre un conflicto</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="44"/>
        <source>A draft</source>
        <translation>Un borrador</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="45"/>
        <source>An agreement</source>
        <translation>Un acuerdo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="46"/>
        <source>A check-in</source>
        <translation>Una revisión</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="47"/>
        <source>A journal entry</source>
        <translation>Una entrada del diario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="48"/>
        <source>A repair in progress</source>
        <translation>Una reparación en curso</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="49"/>
        <source>A time-out</source>
        <translation>Un tiempo fuera</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="50"/>
        <source>A private reflection</source>
        <translation>Una reflexión privada</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="51"/>
        <source>Safety check answers</source>
        <translation>Respuestas de la comprobación de seguridad</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="61"/>
        <source>A record</source>
        <translation>Un registro</translation>
    </message>
</context>
<context>
    <name>BothEditedBanner</name>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="77"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/both_edited.py" line="88"/>
        <source>%n thing(s) edited on both computers: choose which version to keep.</source>
        <translation>
            <numerusform>%n cosa se editó en los dos equipos: elige qué versión conservar.</numerusform>
            <numerusform>%n cosas se editaron en los dos equipos: elige qué versión conservar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BothEditedDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="103"/>
        <location filename="../../relate_desktop/ui/both_edited.py" line="106"/>
        <source>Edited on both computers</source>
        <translation>Editado en los dos equipos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="110"/>
        <source>These were changed on two computers before either saw the other&apos;s change. Relate kept both versions and shows the newest for now. Choose the one to keep, and the other is let go.</source>
        <translation>Esto se cambió en dos equipos antes de que uno viera el cambio del otro. Relate guardó las dos versiones y, por ahora, muestra la más reciente. Elige la que quieres conservar; la otra se descarta.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="129"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="156"/>
        <source>Nothing is waiting for a choice.</source>
        <translation>No hay nada pendiente de elegir.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="166"/>
        <source>{kind}, in your private space</source>
        <translation>{kind}, en tu espacio privado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="172"/>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="176"/>
        <source>On {computer}, {when}</source>
        <translation>En {computer}, {when}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="182"/>
        <source>Shown now</source>
        <translation>Se muestra ahora</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="183"/>
        <source>Keep this one</source>
        <translation>Conservar esta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="187"/>
        <source>Keep the version from {computer}</source>
        <translation>Conservar la versión de {computer}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="197"/>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="198"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>CommitmentRows</name>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="189"/>
        <source>Add a commitment</source>
        <translation>Añadir un compromiso</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="200"/>
        <source>Whose commitment</source>
        <translation>De quién es el compromiso</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="206"/>
        <source>What they will do</source>
        <translation>Qué hará</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="207"/>
        <source>What, specifically</source>
        <translation>Qué, en concreto</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="209"/>
        <location filename="../../relate_desktop/ui/check_in.py" line="210"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="176"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="285"/>
        <source>intensity {n}/10</source>
        <translation>intensidad {n}/10</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="294"/>
        <source>Stance: {stance}. Reaction: {reactions}.</source>
        <translation>Postura: {stance}. Reacción: {reactions}.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="301"/>
        <source>Losing strategies:</source>
        <translation>Estrategias perdedoras:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="309"/>
        <source>{kind} from {name}</source>
        <translation>{kind} de {name}</translation>
    </message>
</context>
<context>
    <name>DamagedFileScreen</name>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="53"/>
        <source>{name}&apos;s private space</source>
        <translation>el espacio privado de {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="56"/>
        <source>a private space</source>
        <translation>un espacio privado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="57"/>
        <source>the shared space</source>
        <translation>el espacio compartido</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="72"/>
        <source>A Relate file is damaged</source>
        <translation>Un archivo de Relate está dañado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="77"/>
        <source>One of your Relate files is damaged</source>
        <translation>Uno de tus archivos de Relate está dañado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="82"/>
        <source>Relate can&apos;t read {where} safely. This can happen after a power cut or a disk problem. Relate has not changed the damaged file and won&apos;t write to it, so nothing in it is lost by waiting.</source>
        <translation>Relate no puede leer {where} con seguridad. Puede pasar tras un corte de luz o un problema del disco. Relate no ha cambiado el archivo dañado ni va a escribir en él, así que esperar no hace perder nada de lo que contiene.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="92"/>
        <source>Your newest good backup is from {date}. Restoring it brings back everything as it was then. The damaged file is kept aside in the backups folder, untouched.</source>
        <translation>Tu copia de seguridad buena más reciente es del {date}. Al restaurarla, todo vuelve a estar como entonces. El archivo dañado se guarda aparte, intacto, en la carpeta de copias.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="101"/>
        <source>There is no good backup of it. Please keep the data folder as it is and ask someone you trust with computers for help.</source>
        <translation>No hay ninguna copia buena de él. Deja la carpeta de datos tal como está y pide ayuda a alguien de confianza que sepa de informática.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="108"/>
        <source>Damaged file: {name}</source>
        <translation>Archivo dañado: {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="110"/>
        <source>Backup: {name}</source>
        <translation>Copia: {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="117"/>
        <source>&amp;Quit for now</source>
        <translation>&amp;Salir por ahora</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="121"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restaurar la copia</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="279"/>
        <source>dddd d MMMM, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="289"/>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
</context>
<context>
    <name>DisplayMenus</name>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="25"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="28"/>
        <location filename="../../relate_desktop/ui/display_menus.py" line="43"/>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="39"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="44"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="45"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="63"/>
        <source>The &amp;response</source>
        <translation>La &amp;respuesta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="64"/>
        <source>This agreement has no response.</source>
        <translation>Este acuerdo no tiene respuesta.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="68"/>
        <source>&amp;Follow-up dates</source>
        <translation>&amp;Fechas de revisión</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="69"/>
        <source>No check-ins are scheduled.</source>
        <translation>No hay revisiones programadas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="73"/>
        <source>Check-in &amp;history</source>
        <translation>&amp;Historial de revisiones</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="74"/>
        <source>No check-in has happened yet.</source>
        <translation>Todavía no se ha hecho ninguna revisión.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="105"/>
        <source>Export the agreement as PDF</source>
        <translation>Exportar el acuerdo como PDF</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="108"/>
        <source>What goes in</source>
        <translation>Qué incluye</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="122"/>
        <source>The agreement, the commitments and the lines to sign are always in. Nothing private is.</source>
        <translation>El acuerdo, los compromisos y las líneas para firmar van siempre. Nada privado va.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="134"/>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="139"/>
        <source>Preview of the first page</source>
        <translation>Vista previa de la primera página</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="161"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="163"/>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="190"/>
        <source>Making the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="210"/>
        <source>The preview can&apos;t be shown on this computer. Saving works as usual.</source>
        <translation>La vista previa no se puede mostrar en este equipo. Guardar funciona como siempre.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="214"/>
        <source>Page 1 of {count}</source>
        <translation>Página 1 de {count}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="223"/>
        <source>The PDF couldn&apos;t be made.</source>
        <translation>No se pudo hacer el PDF.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="236"/>
        <source>Save the agreement as PDF</source>
        <translation>Guardar el acuerdo como PDF</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="238"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="251"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/first_run.py" line="278"/>
        <source>Use Relate on another computer…</source>
        <translation>Usar Relate en otro equipo…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/first_run.py" line="283"/>
        <source>You already use Relate on another computer and sync it through a folder.</source>
        <translation>Ya usas Relate en otro equipo y lo sincronizas a través de una carpeta.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="810"/>
        <source>dddd d MMMM, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="897"/>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="188"/>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="189"/>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="192"/>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="198"/>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="202"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="79"/>
        <source>Scroll Home</source>
        <translation>Desplazar Inicio</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="298"/>
        <location filename="../../relate_desktop/ui/opening.py" line="101"/>
        <source>dddd d MMMM</source>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="304"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="307"/>
        <location filename="../../relate_desktop/ui/home.py" line="317"/>
        <location filename="../../relate_desktop/ui/home.py" line="332"/>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd d MMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="354"/>
        <source>(untitled)</source>
        <translation>(sin título)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="358"/>
        <source>d MMM, HH:mm</source>
        <translation>d MMM, HH:mm</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="136"/>
        <source>Insights</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="140"/>
        <source>Patterns over time: what you argue about, the loops that come back, and how each of you tends to react. Each person&apos;s patterns come only from what they said about themselves.</source>
        <translation>Patrones a lo largo del tiempo: sobre qué discuten, los ciclos que vuelven y cómo tiende a reaccionar cada uno. Los patrones de cada persona salen solo de lo que dijo de sí misma.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="148"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="161"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="149"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="150"/>
        <source>&amp;All time</source>
        <translation>&amp;Todo el tiempo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="154"/>
        <source>Whose patterns</source>
        <translation>De quién son los patrones</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="158"/>
        <source>Show the &amp;numbers as tables</source>
        <translation>Mostrar los &amp;números como tablas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="161"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="168"/>
        <source>Whose patterns:</source>
        <translation>De quién:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="178"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="187"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="201"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="178"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="379"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="178"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="185"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="182"/>
        <source>What comes back</source>
        <translation>Lo que vuelve</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="182"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="182"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="187"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="190"/>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="182"/>
        <source>Last time</source>
        <translation>Última vez</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="185"/>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="187"/>
        <source>Reaction</source>
        <translation>Reacción</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="190"/>
        <source>Losing strategy</source>
        <translation>Estrategia perdedora</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="193"/>
        <source>At the check-in</source>
        <translation>En la revisión</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="193"/>
        <source>Check-ins</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="197"/>
        <source>My journal</source>
        <translation>Mi diario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="197"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="201"/>
        <source>Feeling</source>
        <translation>Sentimiento</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="201"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="205"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="457"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="205"/>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="288"/>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="338"/>
        <source>the beginning</source>
        <translation>el principio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/insights_view.py" line="340"/>
        <source>%n conflict(s) from {start} to {end}.</source>
        <translation>
            <numerusform>%n conflicto desde {start} hasta {end}.</numerusform>
            <numerusform>%n conflictos desde {start} hasta {end}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="356"/>
        <source>Other topics</source>
        <translation>Otros temas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="360"/>
        <source>Conflicts each month, by topic</source>
        <translation>Conflictos por mes, según el tema</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="371"/>
        <source>No conflicts logged in these dates.</source>
        <translation>No hay conflictos anotados en estas fechas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="373"/>
        <source>What keeps coming back</source>
        <translation>Lo que vuelve una y otra vez</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="379"/>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="385"/>
        <source>Nothing has come back twice in these dates.</source>
        <translation>Nada ha vuelto dos veces en estas fechas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="389"/>
        <source>{name}&apos;s stances</source>
        <translation>Posturas de {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="398"/>
        <source>{name} hasn&apos;t named a stance in these dates.</source>
        <translation>{name} no ha nombrado ninguna postura en estas fechas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="402"/>
        <source>{name}&apos;s reactions over time</source>
        <translation>Reacciones de {name} a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="421"/>
        <source>No reactions named in these dates.</source>
        <translation>No se nombraron reacciones en estas fechas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="424"/>
        <source>{name}&apos;s most used losing strategies</source>
        <translation>Las estrategias perdedoras que más usa {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="428"/>
        <source>No losing strategies named in these dates.</source>
        <translation>No se nombraron estrategias perdedoras en estas fechas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="432"/>
        <source>Did agreements hold at check-ins?</source>
        <translation>¿Se cumplieron los acuerdos en las revisiones?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="436"/>
        <source>No check-ins done in these dates.</source>
        <translation>No hubo revisiones en estas fechas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="448"/>
        <source>{name}&apos;s journal</source>
        <translation>El diario de {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="450"/>
        <source>Counted from your own entries, only while your private space is open.</source>
        <translation>Contado a partir de tus propias entradas, solo mientras tu espacio privado está abierto.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="456"/>
        <source>Days with an entry</source>
        <translation>Días con alguna entrada</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="458"/>
        <source>Longest run of days in a row</source>
        <translation>Racha más larga de días seguidos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="459"/>
        <source>Days in a row up to today</source>
        <translation>Días seguidos hasta hoy</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="463"/>
        <source>No entries in these dates.</source>
        <translation>No hay entradas en estas fechas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="465"/>
        <source>Feelings over time</source>
        <translation>Sentimientos a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="469"/>
        <source>No feelings chosen in these dates.</source>
        <translation>No se eligió ningún sentimiento en estas fechas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="471"/>
        <source>Most used tags</source>
        <translation>Etiquetas más usadas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="472"/>
        <source>No tags in these dates.</source>
        <translation>No hay etiquetas en estas fechas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="478"/>
        <source>These include {name}&apos;s private reflections, because {name}&apos;s private space is open. They disappear from here when it is locked.</source>
        <translation>Esto incluye las reflexiones privadas de {name}, porque su espacio privado está abierto. Desaparecen de aquí cuando se cierra.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="482"/>
        <source>From what {name} shared. Private reflections count only while {name}&apos;s own private space is open.</source>
        <translation>A partir de lo que {name} compartió. Las reflexiones privadas cuentan solo mientras el espacio privado de {name} está abierto.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="51"/>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="60"/>
        <source>Use Relate on another computer</source>
        <translation>Usar Relate en otro equipo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="64"/>
        <source>On the computer that already has Relate, choose Relate → Sync with another computer… and pick a folder you keep in step between your computers (Syncthing, Nextcloud, Dropbox or a USB stick). Then pick that same folder here.</source>
        <translation>En el equipo que ya tiene Relate, elige Relate → Sincronizar con otro equipo… y escoge una carpeta que ya mantengas igual entre tus equipos (Syncthing, Nextcloud, Dropbox o una memoria USB). Después escoge aquí esa misma carpeta.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="75"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="76"/>
        <source>For example ~/Sync</source>
        <translation>Por ejemplo ~/Sync</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="77"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="79"/>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="80"/>
        <source>&amp;Look in this folder</source>
        <translation>&amp;Buscar en esta carpeta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="82"/>
        <source>Sync &amp;folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="91"/>
        <source>Who are you?</source>
        <translation>¿Quién eres?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="102"/>
        <source>Your passphrase or recovery code</source>
        <translation>Tu contraseña o código de recuperación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="103"/>
        <source>Your &amp;passphrase</source>
        <translation>Tu &amp;contraseña</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="106"/>
        <source>Forgot it? Type your recovery code instead.</source>
        <translation>¿La olvidaste? Escribe tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="110"/>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este equipo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="111"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nombre de este equipo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="120"/>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="275"/>
        <source>Setting up this computer…</source>
        <translation>Preparando este equipo…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="132"/>
        <source>&amp;Join</source>
        <translation>&amp;Unirme</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="161"/>
        <source>Choose the sync folder first.</source>
        <translation>Primero elige la carpeta de sincronización.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="167"/>
        <source>There is no folder at {path}. If it is on a drive, connect it; otherwise choose the folder again.</source>
        <translation>No hay ninguna carpeta en {path}. Si está en un disco, conéctalo; si no, vuelve a elegir la carpeta.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="180"/>
        <source>Relate can&apos;t read that folder.</source>
        <translation>Relate no puede leer esa carpeta.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="233"/>
        <source>Type your passphrase or recovery code.</source>
        <translation>Escribe tu contraseña o tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="252"/>
        <source>That isn&apos;t {name}&apos;s passphrase or recovery code. Nothing was changed; try again.</source>
        <translation>Esa no es la contraseña ni el código de recuperación de {name}. No se cambió nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="263"/>
        <source>Relate couldn&apos;t set up this computer: {reason}</source>
        <translation>Relate no pudo preparar este equipo: {reason}</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="48"/>
        <source>Export my journal</source>
        <translation>Exportar mi diario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="52"/>
        <source>Choose the days to take out, for yourself or to bring to a therapist. Shared entries of those days go in; your private entries only if you tick the box.</source>
        <translation>Elige los días que quieres sacar, para ti o para llevar a terapia. Entran las entradas compartidas de esos días; tus entradas privadas, solo si marcas la casilla.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="63"/>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="64"/>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="67"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="68"/>
        <source>Only entries with these tags</source>
        <translation>Solo las entradas con estas etiquetas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="69"/>
        <source>Only these &amp;tags</source>
        <translation>Solo estas &amp;etiquetas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="71"/>
        <source>&amp;PDF, to print or send</source>
        <translation>&amp;PDF, para imprimir o enviar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="74"/>
        <source>&amp;Markdown text, to keep or edit</source>
        <translation>Texto &amp;Markdown, para guardar o editar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="78"/>
        <source>Include my &amp;private entries</source>
        <translation>Incluir mis entradas &amp;privadas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="85"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Guardar como…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="111"/>
        <source>The first day comes after the last one.</source>
        <translation>El primer día va después del último.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="114"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="114"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="116"/>
        <source>Save my journal as</source>
        <translation>Guardar mi diario como</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="238"/>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="239"/>
        <source>Filter by feeling</source>
        <translation>Filtrar por sentimiento</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="244"/>
        <source>Private or shared</source>
        <translation>Privadas o compartidas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="245"/>
        <source>Private and shared</source>
        <translation>Privadas y compartidas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="246"/>
        <source>Private only</source>
        <translation>Solo privadas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="247"/>
        <source>Shared only</source>
        <translation>Solo compartidas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="248"/>
        <source>Whose entries</source>
        <translation>De quién son las entradas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="255"/>
        <source>Go to a day</source>
        <translation>Ir a un día</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="260"/>
        <source>&amp;Go to day</source>
        <translation>&amp;Ir al día</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="262"/>
        <source>All days</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="308"/>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="309"/>
        <source>Any feeling</source>
        <translation>Cualquier sentimiento</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="310"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
</context>
<context>
    <name>JournalNudge</name>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="227"/>
        <source>Time for a few lines?</source>
        <translation>¿Un momento para escribir unas líneas?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="229"/>
        <source>&amp;Write now</source>
        <translation>&amp;Escribir ahora</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="231"/>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="85"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="89"/>
        <location filename="../../relate_desktop/ui/journal_view.py" line="388"/>
        <source>&amp;Unlock my private journal…</source>
        <translation>&amp;Abrir mi diario privado…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="91"/>
        <source>&amp;Write a shared entry…</source>
        <translation>&amp;Escribir una entrada compartida…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="101"/>
        <source>&amp;New entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="103"/>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="106"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="108"/>
        <source>Export my journal to PDF or Markdown</source>
        <translation>Exportar mi diario a PDF o Markdown</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="116"/>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="144"/>
        <source>Prompt</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="145"/>
        <source>No prompt: free writing</source>
        <translation>Sin sugerencia: escritura libre</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="159"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="160"/>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="165"/>
        <source>Journal entry</source>
        <translation>Entrada del diario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="173"/>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="174"/>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="177"/>
        <source>How I feel</source>
        <translation>Cómo me siento</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="178"/>
        <source>How do you feel?</source>
        <translation>¿Cómo te sientes?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="185"/>
        <location filename="../../relate_desktop/ui/journal_view.py" line="261"/>
        <source>Time of day</source>
        <translation>Momento del día</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="193"/>
        <source>&amp;Private: only I can read this</source>
        <translation>&amp;Privada: solo yo puedo leerla</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="196"/>
        <source>&amp;Share with my partner…</source>
        <translation>&amp;Compartir con mi pareja…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="200"/>
        <source>Delete this entry</source>
        <translation>Borrar esta entrada</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="203"/>
        <source>Bring back the entry just deleted (Ctrl+Z)</source>
        <translation>Recuperar la entrada recién eliminada (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="262"/>
        <source>Morning</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="263"/>
        <source>Afternoon</source>
        <translation>Tarde</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="264"/>
        <source>Evening</source>
        <translation>Atardecer</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="265"/>
        <source>Night</source>
        <translation>Noche</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="349"/>
        <source>Who is writing?</source>
        <translation>¿Quién escribe?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="367"/>
        <source>Writing as {name}</source>
        <translation>Escribiendo como {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="390"/>
        <source>&amp;Set up my private space…</source>
        <translation>&amp;Crear mi espacio privado…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="434"/>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="485"/>
        <source>Not saved yet. Your text is still here.</source>
        <translation>Todavía no se ha guardado. Tu texto sigue aquí.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="497"/>
        <source>Saved (private)</source>
        <translation>Guardado (privado)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="497"/>
        <location filename="../../relate_desktop/ui/journal_view.py" line="694"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="510"/>
        <source>others</source>
        <translation>otros</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="514"/>
        <source>Share this entry?</source>
        <translation>¿Compartir esta entrada?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="545"/>
        <source>Moved to Recently deleted.</source>
        <translation>Movida a Eliminadas hace poco.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="566"/>
        <source>Restored.</source>
        <translation>Recuperada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/journal_view.py" line="609"/>
        <source>On this day: %n entries from earlier years</source>
        <translation>
            <numerusform>Un día como hoy: %n entrada de años anteriores</numerusform>
            <numerusform>Un día como hoy: %n entradas de años anteriores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="620"/>
        <location filename="../../relate_desktop/ui/journal_view.py" line="736"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="737"/>
        <source>Nothing written on {day}.</source>
        <translation>No hay nada escrito el {day}.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="739"/>
        <source>No entry matches these filters.</source>
        <translation>Ninguna entrada coincide con estos filtros.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="707"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="104"/>
        <source>Recently de&amp;leted…</source>
        <translation>Eliminadas hace p&amp;oco…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="198"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="201"/>
        <source>Und&amp;o</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="714"/>
        <source>Private</source>
        <translation>Privada</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="714"/>
        <source>Shared</source>
        <translation>Compartida</translation>
    </message>
</context>
<context>
    <name>JournalReminderDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="282"/>
        <source>Daily reminder to write</source>
        <translation>Recordatorio diario para escribir</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="285"/>
        <source>&amp;Remind me each day to write a few lines</source>
        <translation>&amp;Recordarme cada día que escriba unas líneas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="290"/>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="297"/>
        <source>It only says &quot;Time for a few lines?&quot;, and not on a day you have written already. It shows while Relate is open.</source>
        <translation>Solo dice «¿Un momento para escribir unas líneas?», y no los días en que ya has escrito. Aparece mientras Relate está abierto.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="81"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="82"/>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="83"/>
        <source>Agreements</source>
        <translation>Acuerdos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="84"/>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="85"/>
        <source>Insights</source>
        <translation>Patrones</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="120"/>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="269"/>
        <source>Choose the folder…</source>
        <translation>Elegir la carpeta…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="270"/>
        <source>Sync again…</source>
        <translation>Volver a sincronizar…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="271"/>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="314"/>
        <source>Your writing is encrypted and locked with your passphrase.</source>
        <translation>Lo que escribes está cifrado y cerrado con tu contraseña.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="316"/>
        <source>Your shared space is encrypted and locked with your passphrases.</source>
        <translation>Su espacio compartido está cifrado y cerrado con sus contraseñas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="318"/>
        <source>Your data is encrypted on disk, but no passphrase protects it.</source>
        <translation>Tus datos están cifrados en el disco, pero ninguna contraseña los protege.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="331"/>
        <source>Your private space is open</source>
        <translation>Tu espacio privado está abierto</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="333"/>
        <source>{name}&apos;s private space is open</source>
        <translation>El espacio privado de {name} está abierto</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="339"/>
        <source>Your private space is locked</source>
        <translation>Tu espacio privado está cerrado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="341"/>
        <source>Private spaces are locked</source>
        <translation>Los espacios privados están cerrados</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="349"/>
        <source>&amp;Relate</source>
        <translation>&amp;Relate</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="366"/>
        <source>Start a &amp;repair</source>
        <translation>Empezar una &amp;reparación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="370"/>
        <source>Take a &amp;time-out…</source>
        <translation>Tomar un &amp;tiempo fuera…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="378"/>
        <source>Write in the &amp;journal</source>
        <translation>Escribir en el &amp;diario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="386"/>
        <source>&amp;Search…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="391"/>
        <source>Add check-ins to my &amp;calendar…</source>
        <translation>Añadir las revisiones a mi &amp;calendario…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="399"/>
        <source>Daily reminder to &amp;write…</source>
        <translation>Recordatorio diario para &amp;escribir…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="407"/>
        <source>S&amp;ync with another computer…</source>
        <translation>&amp;Sincronizar con otro equipo…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="414"/>
        <source>&amp;Back up now</source>
        <translation>Hacer una &amp;copia ahora</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="416"/>
        <source>R&amp;estore from a backup…</source>
        <translation>R&amp;estaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="420"/>
        <source>&amp;Open Relate when I log in</source>
        <translation>&amp;Abrir Relate al iniciar sesión</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="427"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="430"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="442"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="444"/>
        <source>&amp;Guide to the repair</source>
        <translation>&amp;Guía de la reparación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="453"/>
        <source>Words we &amp;use</source>
        <translation>Palabras que &amp;usamos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="457"/>
        <source>&amp;About Relate</source>
        <translation>&amp;Acerca de Relate</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="460"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacidad</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="463"/>
        <source>&amp;Unlock my private space…</source>
        <translation>&amp;Abrir mi espacio privado…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="469"/>
        <source>&amp;Lock my private space</source>
        <translation>&amp;Cerrar mi espacio privado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="471"/>
        <source>Lock &amp;everything</source>
        <translation>Cerrar &amp;todo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="475"/>
        <source>&amp;Quick hide</source>
        <translation>&amp;Ocultar rápido</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="478"/>
        <source>&amp;Change my passphrase…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="484"/>
        <source>New &amp;recovery code…</source>
        <translation>Nuevo código de &amp;recuperación…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="487"/>
        <source>&amp;Safety check…</source>
        <translation>Comprobación de &amp;seguridad…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="490"/>
        <source>&amp;Add my partner…</source>
        <translation>Añadir a mi &amp;pareja…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="502"/>
        <source>&amp;Auto-lock after</source>
        <translation>&amp;Bloqueo automático tras</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="508"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="510"/>
        <source>{n} minutes</source>
        <translation>{n} minutos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="512"/>
        <source>1 minute</source>
        <translation>1 minuto</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="539"/>
        <source>Who are you?</source>
        <translation>¿Quién eres?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="543"/>
        <source>Unlock a private space</source>
        <translation>Abrir un espacio privado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="723"/>
        <source>Saved the PDF to {path}</source>
        <translation>PDF guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="757"/>
        <source>Add check-ins to my calendar</source>
        <translation>Añadir las revisiones a mi calendario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="757"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendario (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/main_window.py" line="766"/>
        <source>Saved %n check-in(s) to {path}. Open it with your calendar app.</source>
        <translation>
            <numerusform>Se guardó %n revisión en {path}. Ábrelo con tu aplicación de calendario.</numerusform>
            <numerusform>Se guardaron %n revisiones en {path}. Ábrelo con tu aplicación de calendario.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="794"/>
        <source>Backed up to {path}</source>
        <translation>Copia guardada en {path}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="812"/>
        <source>Restored the backup.</source>
        <translation>Copia restaurada.</translation>
    </message>
</context>
<context>
    <name>PlanCheckInDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="123"/>
        <source>Plan a check-in</source>
        <translation>Prever una revisión</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="135"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="136"/>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="141"/>
        <source>Repeat</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="142"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Repetir</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="360"/>
        <source>Recently deleted</source>
        <translation>Eliminadas hace poco</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="365"/>
        <source>Deleted entries stay here for 30 days, then they are removed for good. Only you can see yours here.</source>
        <translation>Las entradas eliminadas se quedan aquí 30 días; después se borran para siempre. Solo tú puedes ver aquí las tuyas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="373"/>
        <source>Recently deleted entries</source>
        <translation>Entradas eliminadas hace poco</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="375"/>
        <source>Nothing here.</source>
        <translation>No hay nada aquí.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="379"/>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="404"/>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="405"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="406"/>
        <source>{first}
Written {when} · removed for good on {until}</source>
        <translation>{first}
Escrita el {when} · se borra para siempre el {until}</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="49"/>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="60"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="126"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="84"/>
        <source>Relate: recovery code for {name}</source>
        <translation>Relate: código de recuperación de {name}</translation>
    </message>
</context>
<context>
    <name>RepairWizard</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="100"/>
        <source>Progress through the repair</source>
        <translation>Avance en la reparación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="115"/>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="118"/>
        <source>&amp;Save and close</source>
        <translation>&amp;Guardar y cerrar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="121"/>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="202"/>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="125"/>
        <source>Make a &amp;PDF…</source>
        <translation>Hacer un &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="192"/>
        <source>Step {n} of {total}</source>
        <translation>Paso {n} de {total}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="198"/>
        <source>{name}&apos;s turn</source>
        <translation>Turno de {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="198"/>
        <source>Together</source>
        <translation>Juntos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="202"/>
        <source>&amp;Finish and save</source>
        <translation>&amp;Terminar y guardar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="425"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="426"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="437"/>
        <source>Saved the PDF to {path}</source>
        <translation>PDF guardado en {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="36"/>
        <source>first start of the day</source>
        <translation>primer inicio del día</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="37"/>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="38"/>
        <source>before an import</source>
        <translation>antes de una importación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="39"/>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="40"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="158"/>
        <location filename="../../relate_desktop/ui/recovery.py" line="163"/>
        <source>Restore from a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="167"/>
        <source>Relate keeps a backup from the first start of each day and before every import or update: the last ten, and one a month for a year. Restoring one first backs up how things are now, so you can always go back.</source>
        <translation>Relate guarda una copia de seguridad al abrirse por primera vez cada día y antes de cada importación o actualización: las diez últimas y una al mes durante un año. Antes de restaurar una, se copia cómo está todo ahora, así que siempre puedes volver atrás.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="175"/>
        <source>Backups, newest first</source>
        <translation>Copias de seguridad, las más recientes primero</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="177"/>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="181"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer una copia ahora</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="185"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="188"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="214"/>
        <source>{name}&apos;s private space</source>
        <translation>Espacio privado de {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="216"/>
        <source>Shared space</source>
        <translation>Espacio compartido</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="250"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="252"/>
        <source>Everything in this space goes back to how it was on {date}. How things are now is backed up first, so you can come back to it.</source>
        <translation>Todo en este espacio vuelve a estar como el {date}. Antes se hace una copia de cómo está ahora, para que puedas volver a ello.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="935"/>
        <source>Request from {name}:</source>
        <translation>Petición de {name}:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="937"/>
        <source>Apology from {name}:</source>
        <translation>Disculpa de {name}:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="944"/>
        <source>Response from {name}:</source>
        <translation>Respuesta de {name}:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="948"/>
        <source>Agreement: {title}</source>
        <translation>Acuerdo: {title}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="955"/>
        <source>Check-ins:</source>
        <translation>Revisiones:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="956"/>
        <source>ddd d MMM</source>
        <translation>ddd d MMM</translation>
    </message>
</context>
<context>
    <name>SafetyCheckDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/safety_check.py" line="92"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/safety_check.py" line="96"/>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/safety_check.py" line="156"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>SealedPerspectivePage</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="226"/>
        <source>&amp;Unlock to see or change them…</source>
        <translation>&amp;Abrir para verlas o cambiarlas…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="215"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="217"/>
        <source>Search conflicts, what was said, agreements and the journal</source>
        <translation>Buscar en conflictos, lo que se dijo, acuerdos y el diario</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="226"/>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="271"/>
        <source>Nothing found for that.</source>
        <translation>No se encontró nada.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="274"/>
        <source>{n} found. Press Enter to open the highlighted one.</source>
        <translation>{n} encontrados. Pulsa Intro para abrir el resaltado.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="276"/>
        <source>1 found. Press Enter to open it.</source>
        <translation>1 encontrado. Pulsa Intro para abrirlo.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="283"/>
        <source>Private writing is searched only while its owner&apos;s space is open.</source>
        <translation>Lo escrito en privado solo se busca mientras el espacio de su dueño está abierto.</translation>
    </message>
</context>
<context>
    <name>SecretFormDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="173"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="174"/>
        <source>Current passphrase or recovery code</source>
        <translation>Contraseña actual o código de recuperación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="175"/>
        <source>New passphrase</source>
        <translation>Nueva contraseña</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="176"/>
        <source>New passphrase, once more</source>
        <translation>Nueva contraseña, otra vez</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="214"/>
        <source>The two new passphrases don&apos;t match.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="219"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../relate_desktop/ui/session.py" line="98"/>
        <source>Relate closed unexpectedly last time. What you were writing was saved as you typed, up to a moment before it closed. Any repair you had started is waiting on the Home page, where you left it.</source>
        <translation>Relate se cerró de forma inesperada la última vez. Lo que estabas escribiendo se guardó mientras escribías, hasta un momento antes del cierre. Si habías empezado una reparación, te espera en el Inicio, donde la dejaste.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/session.py" line="114"/>
        <source>Open what I was writing</source>
        <translation>Abrir lo que estaba escribiendo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/session.py" line="120"/>
        <source>If it was private, unlock your private space to see it.</source>
        <translation>Si era privado, abre tu espacio privado para verlo.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="64"/>
        <source>Sync with another computer</source>
        <translation>Sincronizar con otro equipo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="78"/>
        <source>Stop syncing on this computer</source>
        <translation>Dejar de sincronizar en este equipo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="81"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="83"/>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="278"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="86"/>
        <source>Start syncing</source>
        <translation>Empezar a sincronizar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="112"/>
        <source>Use Relate on both of your computers</source>
        <translation>Usa Relate en tus dos equipos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="116"/>
        <source>Pick a folder you already keep in step between your computers, with Syncthing, Nextcloud, Dropbox or a USB stick. Relate encrypts everything it puts there with your passphrases, and never connects to the internet itself.</source>
        <translation>Escoge una carpeta que ya mantengas igual entre tus equipos, con Syncthing, Nextcloud, Dropbox o una memoria USB. Relate cifra con las contraseñas todo lo que pone allí y nunca se conecta a internet por sí mismo.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="127"/>
        <source>Sync needs a passphrase for each person: the folder is shared with other computers, so everything in it is encrypted, and without passphrases there is nothing to encrypt it with. This household was set up without passphrases; set them first.</source>
        <translation>Para sincronizar, cada persona necesita una contraseña: la carpeta se comparte con otros equipos, así que todo lo que hay en ella va cifrado, y sin contraseñas no hay con qué cifrarlo. Este hogar se creó sin contraseñas: primero hay que ponerlas.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="141"/>
        <source>For example ~/Sync</source>
        <translation>Por ejemplo ~/Sync</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="142"/>
        <source>Sync folder</source>
        <translation>Carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="143"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="145"/>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="146"/>
        <source>Sync &amp;folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="150"/>
        <source>This computer&apos;s name</source>
        <translation>Nombre de este equipo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="151"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>&amp;Nombre de este equipo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="161"/>
        <source>The other computer sees this name, so pick one you both recognise.</source>
        <translation>El otro equipo ve este nombre: elige uno que los dos reconozcan.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="173"/>
        <source>Choose the folder to sync through first.</source>
        <translation>Primero elige la carpeta a través de la que sincronizar.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="178"/>
        <source>There is no folder at {path}. If it is on a drive, connect it; otherwise choose a folder that exists.</source>
        <translation>No hay ninguna carpeta en {path}. Si está en un disco, conéctalo; si no, elige una carpeta que exista.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="206"/>
        <source>Syncing with your other computers</source>
        <translation>Sincronizando con tus otros equipos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="210"/>
        <source>Choose the folder again…</source>
        <translation>Volver a elegir la carpeta…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="224"/>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="225"/>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="226"/>
        <source>Last synced</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="228"/>
        <source>Your other computers</source>
        <translation>Tus otros equipos</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="266"/>
        <source>The sync folder isn&apos;t there. If it is on a drive, connect it; otherwise choose the folder again.</source>
        <translation>La carpeta de sincronización no está. Si está en un disco, conéctalo; si no, vuelve a elegir la carpeta.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="270"/>
        <source>This computer was removed from sync on another computer. Choose the folder again to sync it as a new computer.</source>
        <translation>Este equipo se quitó de la sincronización desde otro equipo. Vuelve a elegir la carpeta para sincronizarlo como un equipo nuevo.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="278"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="284"/>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="289"/>
        <source>{when}, with changes from {computer}</source>
        <translation>{when}, con cambios de {computer}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="309"/>
        <source>No other computer syncs here yet. On the other computer, when Relate first opens, choose “Use Relate on another computer” and pick this folder.</source>
        <translation>Todavía no sincroniza aquí ningún otro equipo. En el otro equipo, cuando Relate se abra por primera vez, elige «Usar Relate en otro equipo» y escoge esta carpeta.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="326"/>
        <source>Last heard from {when}</source>
        <translation>Última noticia {when}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="328"/>
        <source>Nothing from it yet</source>
        <translation>Todavía no ha enviado nada</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="333"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="335"/>
        <source>Remove {computer}</source>
        <translation>Quitar {computer}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="344"/>
        <source>Remove {computer}?</source>
        <translation>¿Quitar {computer}?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="346"/>
        <source>{computer} stops syncing with this household. The changes it made stay, here and on your other computers. Do this for an old computer you no longer use; it can join again later as a new one.</source>
        <translation>{computer} deja de sincronizar con este hogar. Los cambios que hizo se quedan, aquí y en tus otros equipos. Hazlo con un equipo viejo que ya no usas; más adelante puede volver a unirse como uno nuevo.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="351"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="352"/>
        <source>Keep it</source>
        <translation>Dejarlo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="378"/>
        <source>Stop syncing on this computer?</source>
        <translation>¿Dejar de sincronizar en este equipo?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="380"/>
        <source>Everything stays here as it is, and the sync folder keeps what it has; this computer just stops sending and receiving changes. You can start again later.</source>
        <translation>Todo se queda aquí como está, y la carpeta de sincronización conserva lo que tiene; este equipo solo deja de enviar y recibir cambios. Puedes volver a empezar más adelante.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="384"/>
        <source>Stop syncing</source>
        <translation>Dejar de sincronizar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="385"/>
        <source>Keep syncing</source>
        <translation>Seguir sincronizando</translation>
    </message>
</context>
<context>
    <name>SyncKeeper</name>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="185"/>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="187"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="189"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="191"/>
        <source>on {day} at {time}</source>
        <translation>el {day} a las {time}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="192"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="198"/>
        <source>Sync folder not found</source>
        <translation>No se encuentra la carpeta de sincronización</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="200"/>
        <source>This computer was removed from sync</source>
        <translation>Este equipo se quitó de la sincronización</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="202"/>
        <source>Sync didn&apos;t finish</source>
        <translation>La sincronización no terminó</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="210"/>
        <source>Syncing…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="210"/>
        <source>Not synced yet</source>
        <translation>Sin sincronizar todavía</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="211"/>
        <source>Synced {when}</source>
        <translation>Sincronizado {when}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="214"/>
        <source>changes from {computer}</source>
        <translation>cambios de {computer}</translation>
    </message>
</context>
<context>
    <name>TimeOutDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/time_out.py" line="112"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="118"/>
        <source>Unlock</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="81"/>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="83"/>
        <source>Choose who you are and type your passphrase.</source>
        <translation>Elige quién eres y escribe tu contraseña.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="91"/>
        <source>Who are you?</source>
        <translation>¿Quién eres?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="99"/>
        <source>Passphrase or recovery code</source>
        <translation>Contraseña o código de recuperación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="101"/>
        <source>I am</source>
        <translation>Soy</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="102"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="104"/>
        <source>Forgot it? Type your recovery code instead.</source>
        <translation>¿La olvidaste? Escribe tu código de recuperación.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="112"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="144"/>
        <source>Unlocking…</source>
        <translation>Abriendo…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="157"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo salió mal. Por favor, inténtalo de nuevo.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="194"/>
        <source>Wait {n} s</source>
        <translation>Espera {n} s</translation>
    </message>
</context>
<context>
    <name>_MasterDetail</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="83"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../relate_desktop/ui/errors.py" line="50"/>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/errors.py" line="51"/>
        <source>Relate hit a problem it didn&apos;t expect. What you saved before is safe.

If you&apos;d like to report it, copy the details below. They contain no text you wrote.</source>
        <translation>Relate encontró un problema inesperado. Lo que guardaste antes está a salvo.

Si quieres informar del problema, copia los detalles de abajo. No contienen nada de lo que escribiste.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="45"/>
        <source>Choose the sync folder</source>
        <translation>Elegir la carpeta de sincronización</translation>
    </message>
</context>
<context>
    <name>privacy_dialogs</name>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="248"/>
        <source>Set up {name}&apos;s private space</source>
        <translation>Crear el espacio privado de {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="279"/>
        <source>Set one up now?</source>
        <translation>¿Crear uno ahora?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="291"/>
        <source>Unlock {name}&apos;s private space</source>
        <translation>Abrir el espacio privado de {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="294"/>
        <source>{name}, type your passphrase.</source>
        <translation>{name}, escribe tu contraseña.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="358"/>
        <source>You used your recovery code. Choose a new passphrase now; your recovery code keeps working.</source>
        <translation>Usaste tu código de recuperación. Elige ahora una contraseña nueva; tu código de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="364"/>
        <source>Your writing stays as it is: only the lock on your keys changes.</source>
        <translation>Lo que escribiste se queda como está: solo cambia el cierre de tus claves.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="370"/>
        <source>Choose a new passphrase</source>
        <translation>Elige una contraseña nueva</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="372"/>
        <source>Change {name}&apos;s passphrase</source>
        <translation>Cambiar la contraseña de {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="400"/>
        <source>New recovery code</source>
        <translation>Nuevo código de recuperación</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="401"/>
        <source>Your old recovery code will stop working. Type your passphrase to go on.</source>
        <translation>Tu código de recuperación anterior dejará de funcionar. Escribe tu contraseña para seguir.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="420"/>
        <source>Your partner gets their own private space, locked with their own passphrase.</source>
        <translation>Tu pareja tendrá su propio espacio privado, cerrado con su propia contraseña.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="425"/>
        <source>Leave the passphrase empty to skip it for now.</source>
        <translation>Deja la contraseña vacía para saltarla por ahora.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="429"/>
        <source>Add your partner</source>
        <translation>Añadir a tu pareja</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="53"/>
        <source>Request</source>
        <translation>Petición</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="54"/>
        <source>Apology</source>
        <translation>Disculpa</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="55"/>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="56"/>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="57"/>
        <source>retired</source>
        <translation>retirado</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="58"/>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="59"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="60"/>
        <source>skipped</source>
        <translation>saltada</translation>
    </message>
</context>
<context>
    <name>saved_file</name>
    <message>
        <location filename="../../relate_desktop/ui/saved_file.py" line="19"/>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/saved_file.py" line="24"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/saved_file.py" line="28"/>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
</context>
</TS>
