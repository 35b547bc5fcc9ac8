<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="27"/>
        <source>Qt for Python: windows and widgets</source>
        <translation>Qt for Python: windows and widgets</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="30"/>
        <source>database access</source>
        <translation>database access</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="31"/>
        <source>database upgrades</source>
        <translation>database upgrades</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="34"/>
        <source>SQLCipher: encrypted database files</source>
        <translation>SQLCipher: encrypted database files</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="39"/>
        <source>key wrapping (AES-GCM)</source>
        <translation>key wrapping (AES-GCM)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="42"/>
        <source>passphrase hashing (Argon2id)</source>
        <translation>passphrase hashing (Argon2id)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="43"/>
        <source>agreement PDFs</source>
        <translation>agreement PDFs</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="44"/>
        <source>right-to-left text in PDFs</source>
        <translation>right-to-left text in PDFs</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="45"/>
        <source>Arabic letter shapes in PDFs</source>
        <translation>Arabic letter shapes in PDFs</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="46"/>
        <source>where data is kept</source>
        <translation>where data is kept</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="53"/>
        <source>Latin, Greek, Cyrillic, symbols</source>
        <translation>Latin, Greek, Cyrillic, symbols</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="58"/>
        <source>Hebrew and Arabic</source>
        <translation>Hebrew and Arabic</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="63"/>
        <source>Chinese, Japanese, Korean</source>
        <translation>Chinese, Japanese, Korean</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="66"/>
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="81"/>
        <source>About Relate</source>
        <translation>About Relate</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="88"/>
        <source>Relate&apos;s icon</source>
        <translation>Relate&apos;s icon</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="97"/>
        <source>A companion for repair after a fight, for keeping promises, and for journaling. Your data stays on this computer, encrypted with SQLCipher. Relate makes no network connections.</source>
        <translation>A companion for repair after a fight, for keeping promises, and for journaling. Your data stays on this computer, encrypted with SQLCipher. Relate makes no network connections.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="109"/>
        <source>Licences of the fonts and libraries</source>
        <translation>Licences of the fonts and libraries</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="121"/>
        <source>Relate is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Relate is free software under the GNU General Public License, version 3 or later.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="123"/>
        <source>Fonts</source>
        <translation>Fonts</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="123"/>
        <source>Libraries</source>
        <translation>Libraries</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="125"/>
        <source>Qt is © The Qt Company, used under the LGPL version 3. The full licence texts are in the resources/fonts folder and in each library.</source>
        <translation>Qt is © The Qt Company, used under the LGPL version 3. The full licence texts are in the resources/fonts folder and in each library.</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="330"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="332"/>
        <source>&amp;Check in now</source>
        <translation>&amp;Check in now</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="335"/>
        <source>Plan a check-&amp;in…</source>
        <translation>Plan a check-&amp;in…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="338"/>
        <source>Make a &amp;PDF…</source>
        <translation>Make a &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="340"/>
        <source>Make a PDF of this agreement</source>
        <translation>Make a PDF of this agreement</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="403"/>
        <source>Made on {day}</source>
        <translation>Made on {day}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="405"/>
        <source>version {n}</source>
        <translation>version {n}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="416"/>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
</context>
<context>
    <name>BothEdited</name>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="41"/>
        <source>A person</source>
        <translation>A person</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="42"/>
        <source>A conflict</source>
        <translation>A conflict</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="43"/>
        <source>Someone&apos;s view of a conflict</source>
        <translation>Someone&apos;s view of a conflict</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="44"/>
        <source>A draft</source>
        <translation>A draft</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="45"/>
        <source>An agreement</source>
        <translation>An agreement</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="46"/>
        <source>A check-in</source>
        <translation>A check-in</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="47"/>
        <source>A journal entry</source>
        <translation>A journal entry</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="48"/>
        <source>A repair in progress</source>
        <translation>A repair in progress</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="49"/>
        <source>A time-out</source>
        <translation>A time-out</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="50"/>
        <source>A private reflection</source>
        <translation>A private reflection</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="51"/>
        <source>Safety check answers</source>
        <translation>Safety check answers</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="61"/>
        <source>A record</source>
        <translation>A record</translation>
    </message>
</context>
<context>
    <name>BothEditedBanner</name>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="77"/>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/both_edited.py" line="88"/>
        <source>%n thing(s) edited on both computers: choose which version to keep.</source>
        <translation>
            <numerusform>%n thing edited on both computers: choose which version to keep.</numerusform>
            <numerusform>%n things edited on both computers: choose which version to keep.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BothEditedDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="103"/>
        <location filename="../../relate_desktop/ui/both_edited.py" line="106"/>
        <source>Edited on both computers</source>
        <translation>Edited on both computers</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="110"/>
        <source>These were changed on two computers before either saw the other&apos;s change. Relate kept both versions and shows the newest for now. Choose the one to keep, and the other is let go.</source>
        <translation>These were changed on two computers before either saw the other&apos;s change. Relate kept both versions and shows the newest for now. Choose the one to keep, and the other is let go.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="129"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="156"/>
        <source>Nothing is waiting for a choice.</source>
        <translation>Nothing is waiting for a choice.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="166"/>
        <source>{kind}, in your private space</source>
        <translation>{kind}, in your private space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="172"/>
        <source>Deleted</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="176"/>
        <source>On {computer}, {when}</source>
        <translation>On {computer}, {when}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="182"/>
        <source>Shown now</source>
        <translation>Shown now</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="183"/>
        <source>Keep this one</source>
        <translation>Keep this one</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="187"/>
        <source>Keep the version from {computer}</source>
        <translation>Keep the version from {computer}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/both_edited.py" line="197"/>
        <source>today at {time}</source>
        <translation>today at {time}</translation>
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
        <translation>Add a commitment</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="200"/>
        <source>Whose commitment</source>
        <translation>Whose commitment</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="206"/>
        <source>What they will do</source>
        <translation>What they will do</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="207"/>
        <source>What, specifically</source>
        <translation>What, specifically</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="209"/>
        <location filename="../../relate_desktop/ui/check_in.py" line="210"/>
        <source>When</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="176"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="285"/>
        <source>intensity {n}/10</source>
        <translation>intensity {n}/10</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="294"/>
        <source>Stance: {stance}. Reaction: {reactions}.</source>
        <translation>Stance: {stance}. Reaction: {reactions}.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="301"/>
        <source>Losing strategies:</source>
        <translation>Losing strategies:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="309"/>
        <source>{kind} from {name}</source>
        <translation>{kind} from {name}</translation>
    </message>
</context>
<context>
    <name>DamagedFileScreen</name>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="53"/>
        <source>{name}&apos;s private space</source>
        <translation>{name}&apos;s private space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="56"/>
        <source>a private space</source>
        <translation>a private space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="57"/>
        <source>the shared space</source>
        <translation>the shared space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="72"/>
        <source>A Relate file is damaged</source>
        <translation>A Relate file is damaged</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="77"/>
        <source>One of your Relate files is damaged</source>
        <translation>One of your Relate files is damaged</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="82"/>
        <source>Relate can&apos;t read {where} safely. This can happen after a power cut or a disk problem. Relate has not changed the damaged file and won&apos;t write to it, so nothing in it is lost by waiting.</source>
        <translation>Relate can&apos;t read {where} safely. This can happen after a power cut or a disk problem. Relate has not changed the damaged file and won&apos;t write to it, so nothing in it is lost by waiting.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="92"/>
        <source>Your newest good backup is from {date}. Restoring it brings back everything as it was then. The damaged file is kept aside in the backups folder, untouched.</source>
        <translation>Your newest good backup is from {date}. Restoring it brings back everything as it was then. The damaged file is kept aside in the backups folder, untouched.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="101"/>
        <source>There is no good backup of it. Please keep the data folder as it is and ask someone you trust with computers for help.</source>
        <translation>There is no good backup of it. Please keep the data folder as it is and ask someone you trust with computers for help.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="108"/>
        <source>Damaged file: {name}</source>
        <translation>Damaged file: {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="110"/>
        <source>Backup: {name}</source>
        <translation>Backup: {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="117"/>
        <source>&amp;Quit for now</source>
        <translation>&amp;Quit for now</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="121"/>
        <source>&amp;Restore the backup</source>
        <translation>&amp;Restore the backup</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="279"/>
        <source>dddd d MMMM, HH:mm</source>
        <translation>dddd d MMMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="289"/>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
    </message>
</context>
<context>
    <name>DisplayMenus</name>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="25"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="28"/>
        <location filename="../../relate_desktop/ui/display_menus.py" line="43"/>
        <source>As the system</source>
        <translation>As the system</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="39"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="44"/>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="45"/>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="63"/>
        <source>The &amp;response</source>
        <translation>The &amp;response</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="64"/>
        <source>This agreement has no response.</source>
        <translation>This agreement has no response.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="68"/>
        <source>&amp;Follow-up dates</source>
        <translation>&amp;Follow-up dates</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="69"/>
        <source>No check-ins are scheduled.</source>
        <translation>No check-ins are scheduled.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="73"/>
        <source>Check-in &amp;history</source>
        <translation>Check-in &amp;history</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="74"/>
        <source>No check-in has happened yet.</source>
        <translation>No check-in has happened yet.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="105"/>
        <source>Export the agreement as PDF</source>
        <translation>Export the agreement as PDF</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="108"/>
        <source>What goes in</source>
        <translation>What goes in</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="122"/>
        <source>The agreement, the commitments and the lines to sign are always in. Nothing private is.</source>
        <translation>The agreement, the commitments and the lines to sign are always in. Nothing private is.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="134"/>
        <source>Export status</source>
        <translation>Export status</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="139"/>
        <source>Preview of the first page</source>
        <translation>Preview of the first page</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="161"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="163"/>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="170"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="190"/>
        <source>Making the preview…</source>
        <translation>Making the preview…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="210"/>
        <source>The preview can&apos;t be shown on this computer. Saving works as usual.</source>
        <translation>The preview can&apos;t be shown on this computer. Saving works as usual.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="214"/>
        <source>Page 1 of {count}</source>
        <translation>Page 1 of {count}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="223"/>
        <source>The PDF couldn&apos;t be made.</source>
        <translation>The PDF couldn&apos;t be made.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="236"/>
        <source>Save the agreement as PDF</source>
        <translation>Save the agreement as PDF</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="238"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="251"/>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/first_run.py" line="278"/>
        <source>Use Relate on another computer…</source>
        <translation>Use Relate on another computer…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/first_run.py" line="283"/>
        <source>You already use Relate on another computer and sync it through a folder.</source>
        <translation>You already use Relate on another computer and sync it through a folder.</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="810"/>
        <source>dddd d MMMM, HH:mm</source>
        <translation>dddd d MMMM, HH:mm</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="897"/>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation>dddd d MMMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="188"/>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="189"/>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="192"/>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="198"/>
        <source>Numbered list</source>
        <translation>Numbered list</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="202"/>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="79"/>
        <source>Scroll Home</source>
        <translation>Scroll Home</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="298"/>
        <location filename="../../relate_desktop/ui/opening.py" line="101"/>
        <source>dddd d MMMM</source>
        <translation>dddd d MMMM</translation>
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
        <translation>(untitled)</translation>
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
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="140"/>
        <source>Patterns over time: what you argue about, the loops that come back, and how each of you tends to react. Each person&apos;s patterns come only from what they said about themselves.</source>
        <translation>Patterns over time: what you argue about, the loops that come back, and how each of you tends to react. Each person&apos;s patterns come only from what they said about themselves.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="148"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="161"/>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="149"/>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="150"/>
        <source>&amp;All time</source>
        <translation>&amp;All time</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="154"/>
        <source>Whose patterns</source>
        <translation>Whose patterns</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="158"/>
        <source>Show the &amp;numbers as tables</source>
        <translation>Show the &amp;numbers as tables</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="161"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="168"/>
        <source>Whose patterns:</source>
        <translation>Whose patterns:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="178"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="187"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="201"/>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="178"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="379"/>
        <source>Topic</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="178"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="185"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="182"/>
        <source>What comes back</source>
        <translation>What comes back</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="182"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="182"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="187"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="190"/>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="182"/>
        <source>Last time</source>
        <translation>Last time</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="185"/>
        <source>Stance</source>
        <translation>Stance</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="187"/>
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="190"/>
        <source>Losing strategy</source>
        <translation>Losing strategy</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="193"/>
        <source>At the check-in</source>
        <translation>At the check-in</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="193"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="197"/>
        <source>My journal</source>
        <translation>My journal</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="197"/>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="201"/>
        <source>Feeling</source>
        <translation>Feeling</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="201"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="205"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="457"/>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="205"/>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="288"/>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="338"/>
        <source>the beginning</source>
        <translation>the beginning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/insights_view.py" line="340"/>
        <source>%n conflict(s) from {start} to {end}.</source>
        <translation>
            <numerusform>%n conflict from {start} to {end}.</numerusform>
            <numerusform>%n conflicts from {start} to {end}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="356"/>
        <source>Other topics</source>
        <translation>Other topics</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="360"/>
        <source>Conflicts each month, by topic</source>
        <translation>Conflicts each month, by topic</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="371"/>
        <source>No conflicts logged in these dates.</source>
        <translation>No conflicts logged in these dates.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="373"/>
        <source>What keeps coming back</source>
        <translation>What keeps coming back</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="379"/>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="385"/>
        <source>Nothing has come back twice in these dates.</source>
        <translation>Nothing has come back twice in these dates.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="389"/>
        <source>{name}&apos;s stances</source>
        <translation>{name}&apos;s stances</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="398"/>
        <source>{name} hasn&apos;t named a stance in these dates.</source>
        <translation>{name} hasn&apos;t named a stance in these dates.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="402"/>
        <source>{name}&apos;s reactions over time</source>
        <translation>{name}&apos;s reactions over time</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="421"/>
        <source>No reactions named in these dates.</source>
        <translation>No reactions named in these dates.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="424"/>
        <source>{name}&apos;s most used losing strategies</source>
        <translation>{name}&apos;s most used losing strategies</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="428"/>
        <source>No losing strategies named in these dates.</source>
        <translation>No losing strategies named in these dates.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="432"/>
        <source>Did agreements hold at check-ins?</source>
        <translation>Did agreements hold at check-ins?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="436"/>
        <source>No check-ins done in these dates.</source>
        <translation>No check-ins done in these dates.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="448"/>
        <source>{name}&apos;s journal</source>
        <translation>{name}&apos;s journal</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="450"/>
        <source>Counted from your own entries, only while your private space is open.</source>
        <translation>Counted from your own entries, only while your private space is open.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="456"/>
        <source>Days with an entry</source>
        <translation>Days with an entry</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="458"/>
        <source>Longest run of days in a row</source>
        <translation>Longest run of days in a row</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="459"/>
        <source>Days in a row up to today</source>
        <translation>Days in a row up to today</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="463"/>
        <source>No entries in these dates.</source>
        <translation>No entries in these dates.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="465"/>
        <source>Feelings over time</source>
        <translation>Feelings over time</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="469"/>
        <source>No feelings chosen in these dates.</source>
        <translation>No feelings chosen in these dates.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="471"/>
        <source>Most used tags</source>
        <translation>Most used tags</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="472"/>
        <source>No tags in these dates.</source>
        <translation>No tags in these dates.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="478"/>
        <source>These include {name}&apos;s private reflections, because {name}&apos;s private space is open. They disappear from here when it is locked.</source>
        <translation>These include {name}&apos;s private reflections, because {name}&apos;s private space is open. They disappear from here when it is locked.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="482"/>
        <source>From what {name} shared. Private reflections count only while {name}&apos;s own private space is open.</source>
        <translation>From what {name} shared. Private reflections count only while {name}&apos;s own private space is open.</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="51"/>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="60"/>
        <source>Use Relate on another computer</source>
        <translation>Use Relate on another computer</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="64"/>
        <source>On the computer that already has Relate, choose Relate → Sync with another computer… and pick a folder you keep in step between your computers (Syncthing, Nextcloud, Dropbox or a USB stick). Then pick that same folder here.</source>
        <translation>On the computer that already has Relate, choose Relate → Sync with another computer… and pick a folder you keep in step between your computers (Syncthing, Nextcloud, Dropbox or a USB stick). Then pick that same folder here.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="75"/>
        <source>Sync folder</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="76"/>
        <source>For example ~/Sync</source>
        <translation>For example ~/Sync</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="77"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="79"/>
        <source>Choose the sync folder</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="80"/>
        <source>&amp;Look in this folder</source>
        <translation>&amp;Look in this folder</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="82"/>
        <source>Sync &amp;folder</source>
        <translation>Sync &amp;folder</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="91"/>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="102"/>
        <source>Your passphrase or recovery code</source>
        <translation>Your passphrase or recovery code</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="103"/>
        <source>Your &amp;passphrase</source>
        <translation>Your &amp;passphrase</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="106"/>
        <source>Forgot it? Type your recovery code instead.</source>
        <translation>Forgot it? Type your recovery code instead.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="110"/>
        <source>This computer&apos;s name</source>
        <translation>This computer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="111"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>This computer&apos;s &amp;name</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="120"/>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="275"/>
        <source>Setting up this computer…</source>
        <translation>Setting up this computer…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="130"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="132"/>
        <source>&amp;Join</source>
        <translation>&amp;Join</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="161"/>
        <source>Choose the sync folder first.</source>
        <translation>Choose the sync folder first.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="167"/>
        <source>There is no folder at {path}. If it is on a drive, connect it; otherwise choose the folder again.</source>
        <translation>There is no folder at {path}. If it is on a drive, connect it; otherwise choose the folder again.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="180"/>
        <source>Relate can&apos;t read that folder.</source>
        <translation>Relate can&apos;t read that folder.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="233"/>
        <source>Type your passphrase or recovery code.</source>
        <translation>Type your passphrase or recovery code.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="252"/>
        <source>That isn&apos;t {name}&apos;s passphrase or recovery code. Nothing was changed; try again.</source>
        <translation>That isn&apos;t {name}&apos;s passphrase or recovery code. Nothing was changed; try again.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/join_dialog.py" line="263"/>
        <source>Relate couldn&apos;t set up this computer: {reason}</source>
        <translation>Relate couldn&apos;t set up this computer: {reason}</translation>
    </message>
</context>
<context>
    <name>JournalExportDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="48"/>
        <source>Export my journal</source>
        <translation>Export my journal</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="52"/>
        <source>Choose the days to take out, for yourself or to bring to a therapist. Shared entries of those days go in; your private entries only if you tick the box.</source>
        <translation>Choose the days to take out, for yourself or to bring to a therapist. Shared entries of those days go in; your private entries only if you tick the box.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="63"/>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="64"/>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="67"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="68"/>
        <source>Only entries with these tags</source>
        <translation>Only entries with these tags</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="69"/>
        <source>Only these &amp;tags</source>
        <translation>Only these &amp;tags</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="71"/>
        <source>&amp;PDF, to print or send</source>
        <translation>&amp;PDF, to print or send</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="74"/>
        <source>&amp;Markdown text, to keep or edit</source>
        <translation>&amp;Markdown text, to keep or edit</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="78"/>
        <source>Include my &amp;private entries</source>
        <translation>Include my &amp;private entries</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="85"/>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_export_dialog.py" line="111"/>
        <source>The first day comes after the last one.</source>
        <translation>The first day comes after the last one.</translation>
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
        <translation>Save my journal as</translation>
    </message>
</context>
<context>
    <name>JournalFilters</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="238"/>
        <source>Filter by tag</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="239"/>
        <source>Filter by feeling</source>
        <translation>Filter by feeling</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="244"/>
        <source>Private or shared</source>
        <translation>Private or shared</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="245"/>
        <source>Private and shared</source>
        <translation>Private and shared</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="246"/>
        <source>Private only</source>
        <translation>Private only</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="247"/>
        <source>Shared only</source>
        <translation>Shared only</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="248"/>
        <source>Whose entries</source>
        <translation>Whose entries</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="255"/>
        <source>Go to a day</source>
        <translation>Go to a day</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="260"/>
        <source>&amp;Go to day</source>
        <translation>&amp;Go to day</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="262"/>
        <source>All days</source>
        <translation>All days</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="308"/>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="309"/>
        <source>Any feeling</source>
        <translation>Any feeling</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="310"/>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
</context>
<context>
    <name>JournalNudge</name>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="227"/>
        <source>Time for a few lines?</source>
        <translation>Time for a few lines?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="229"/>
        <source>&amp;Write now</source>
        <translation>&amp;Write now</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="231"/>
        <source>Not today</source>
        <translation>Not today</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="85"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="89"/>
        <location filename="../../relate_desktop/ui/journal_view.py" line="388"/>
        <source>&amp;Unlock my private journal…</source>
        <translation>&amp;Unlock my private journal…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="91"/>
        <source>&amp;Write a shared entry…</source>
        <translation>&amp;Write a shared entry…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="101"/>
        <source>&amp;New entry</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="103"/>
        <source>New entry</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="106"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xport…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="108"/>
        <source>Export my journal to PDF or Markdown</source>
        <translation>Export my journal to PDF or Markdown</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="116"/>
        <source>Journal entries</source>
        <translation>Journal entries</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="144"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="145"/>
        <source>No prompt: free writing</source>
        <translation>No prompt: free writing</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="159"/>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="160"/>
        <source>Title (optional)</source>
        <translation>Title (optional)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="165"/>
        <source>Journal entry</source>
        <translation>Journal entry</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="173"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="174"/>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="177"/>
        <source>How I feel</source>
        <translation>How I feel</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="178"/>
        <source>How do you feel?</source>
        <translation>How do you feel?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="185"/>
        <location filename="../../relate_desktop/ui/journal_view.py" line="261"/>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="193"/>
        <source>&amp;Private: only I can read this</source>
        <translation>&amp;Private: only I can read this</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="196"/>
        <source>&amp;Share with my partner…</source>
        <translation>&amp;Share with my partner…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="200"/>
        <source>Delete this entry</source>
        <translation>Delete this entry</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="203"/>
        <source>Bring back the entry just deleted (Ctrl+Z)</source>
        <translation>Bring back the entry just deleted (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="262"/>
        <source>Morning</source>
        <translation>Morning</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="263"/>
        <source>Afternoon</source>
        <translation>Afternoon</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="264"/>
        <source>Evening</source>
        <translation>Evening</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="265"/>
        <source>Night</source>
        <translation>Night</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="349"/>
        <source>Who is writing?</source>
        <translation>Who is writing?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="367"/>
        <source>Writing as {name}</source>
        <translation>Writing as {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="390"/>
        <source>&amp;Set up my private space…</source>
        <translation>&amp;Set up my private space…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="434"/>
        <source>Editing…</source>
        <translation>Editing…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="485"/>
        <source>Not saved yet. Your text is still here.</source>
        <translation>Not saved yet. Your text is still here.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="497"/>
        <source>Saved (private)</source>
        <translation>Saved (private)</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="497"/>
        <location filename="../../relate_desktop/ui/journal_view.py" line="694"/>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="510"/>
        <source>others</source>
        <translation>others</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="514"/>
        <source>Share this entry?</source>
        <translation>Share this entry?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="545"/>
        <source>Moved to Recently deleted.</source>
        <translation>Moved to Recently deleted.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="566"/>
        <source>Restored.</source>
        <translation>Restored.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/journal_view.py" line="609"/>
        <source>On this day: %n entries from earlier years</source>
        <translation>
            <numerusform>On this day: %n entry from earlier years</numerusform>
            <numerusform>On this day: %n entries from earlier years</numerusform>
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
        <translation>Nothing written on {day}.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="739"/>
        <source>No entry matches these filters.</source>
        <translation>No entry matches these filters.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="707"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation>d MMM yyyy, HH:mm</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="104"/>
        <source>Recently de&amp;leted…</source>
        <translation>Recently de&amp;leted…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="198"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="201"/>
        <source>Und&amp;o</source>
        <translation>Und&amp;o</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="714"/>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="714"/>
        <source>Shared</source>
        <translation>Shared</translation>
    </message>
</context>
<context>
    <name>JournalReminderDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="282"/>
        <source>Daily reminder to write</source>
        <translation>Daily reminder to write</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="285"/>
        <source>&amp;Remind me each day to write a few lines</source>
        <translation>&amp;Remind me each day to write a few lines</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="290"/>
        <source>Reminder time</source>
        <translation>Reminder time</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/reminders.py" line="297"/>
        <source>It only says &quot;Time for a few lines?&quot;, and not on a day you have written already. It shows while Relate is open.</source>
        <translation>It only says &quot;Time for a few lines?&quot;, and not on a day you have written already. It shows while Relate is open.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="81"/>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="82"/>
        <source>Conflicts</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="83"/>
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="84"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="85"/>
        <source>Insights</source>
        <translation>Insights</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="120"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="269"/>
        <source>Choose the folder…</source>
        <translation>Choose the folder…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="270"/>
        <source>Sync again…</source>
        <translation>Sync again…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="271"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="314"/>
        <source>Your writing is encrypted and locked with your passphrase.</source>
        <translation>Your writing is encrypted and locked with your passphrase.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="316"/>
        <source>Your shared space is encrypted and locked with your passphrases.</source>
        <translation>Your shared space is encrypted and locked with your passphrases.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="318"/>
        <source>Your data is encrypted on disk, but no passphrase protects it.</source>
        <translation>Your data is encrypted on disk, but no passphrase protects it.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="331"/>
        <source>Your private space is open</source>
        <translation>Your private space is open</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="333"/>
        <source>{name}&apos;s private space is open</source>
        <translation>{name}&apos;s private space is open</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="339"/>
        <source>Your private space is locked</source>
        <translation>Your private space is locked</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="341"/>
        <source>Private spaces are locked</source>
        <translation>Private spaces are locked</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="349"/>
        <source>&amp;Relate</source>
        <translation>&amp;Relate</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="366"/>
        <source>Start a &amp;repair</source>
        <translation>Start a &amp;repair</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="370"/>
        <source>Take a &amp;time-out…</source>
        <translation>Take a &amp;time-out…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="378"/>
        <source>Write in the &amp;journal</source>
        <translation>Write in the &amp;journal</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="386"/>
        <source>&amp;Search…</source>
        <translation>&amp;Search…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="391"/>
        <source>Add check-ins to my &amp;calendar…</source>
        <translation>Add check-ins to my &amp;calendar…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="399"/>
        <source>Daily reminder to &amp;write…</source>
        <translation>Daily reminder to &amp;write…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="407"/>
        <source>S&amp;ync with another computer…</source>
        <translation>S&amp;ync with another computer…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="414"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="416"/>
        <source>R&amp;estore from a backup…</source>
        <translation>R&amp;estore from a backup…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="420"/>
        <source>&amp;Open Relate when I log in</source>
        <translation>&amp;Open Relate when I log in</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="427"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="430"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="442"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="444"/>
        <source>&amp;Guide to the repair</source>
        <translation>&amp;Guide to the repair</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="453"/>
        <source>Words we &amp;use</source>
        <translation>Words we &amp;use</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="457"/>
        <source>&amp;About Relate</source>
        <translation>&amp;About Relate</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="460"/>
        <source>&amp;Privacy</source>
        <translation>&amp;Privacy</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="463"/>
        <source>&amp;Unlock my private space…</source>
        <translation>&amp;Unlock my private space…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="469"/>
        <source>&amp;Lock my private space</source>
        <translation>&amp;Lock my private space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="471"/>
        <source>Lock &amp;everything</source>
        <translation>Lock &amp;everything</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="475"/>
        <source>&amp;Quick hide</source>
        <translation>&amp;Quick hide</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="478"/>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Change my passphrase…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="484"/>
        <source>New &amp;recovery code…</source>
        <translation>New &amp;recovery code…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="487"/>
        <source>&amp;Safety check…</source>
        <translation>&amp;Safety check…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="490"/>
        <source>&amp;Add my partner…</source>
        <translation>&amp;Add my partner…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="502"/>
        <source>&amp;Auto-lock after</source>
        <translation>&amp;Auto-lock after</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="508"/>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="510"/>
        <source>{n} minutes</source>
        <translation>{n} minutes</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="512"/>
        <source>1 minute</source>
        <translation>1 minute</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="539"/>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="543"/>
        <source>Unlock a private space</source>
        <translation>Unlock a private space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="723"/>
        <source>Saved the PDF to {path}</source>
        <translation>Saved the PDF to {path}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="757"/>
        <source>Add check-ins to my calendar</source>
        <translation>Add check-ins to my calendar</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="757"/>
        <source>Calendar (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/main_window.py" line="766"/>
        <source>Saved %n check-in(s) to {path}. Open it with your calendar app.</source>
        <translation>
            <numerusform>Saved %n check-in to {path}. Open it with your calendar app.</numerusform>
            <numerusform>Saved %n check-ins to {path}. Open it with your calendar app.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="794"/>
        <source>Backed up to {path}</source>
        <translation>Backed up to {path}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="812"/>
        <source>Restored the backup.</source>
        <translation>Restored the backup.</translation>
    </message>
</context>
<context>
    <name>PlanCheckInDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="123"/>
        <source>Plan a check-in</source>
        <translation>Plan a check-in</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="135"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="136"/>
        <source>&amp;When</source>
        <translation>&amp;When</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="141"/>
        <source>Repeat</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="142"/>
        <source>&amp;Repeat</source>
        <translation>&amp;Repeat</translation>
    </message>
</context>
<context>
    <name>RecentlyDeletedDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="360"/>
        <source>Recently deleted</source>
        <translation>Recently deleted</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="365"/>
        <source>Deleted entries stay here for 30 days, then they are removed for good. Only you can see yours here.</source>
        <translation>Deleted entries stay here for 30 days, then they are removed for good. Only you can see yours here.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="373"/>
        <source>Recently deleted entries</source>
        <translation>Recently deleted entries</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="375"/>
        <source>Nothing here.</source>
        <translation>Nothing here.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_parts.py" line="379"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
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
Written {when} · removed for good on {until}</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="49"/>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="60"/>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="62"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="84"/>
        <source>Relate: recovery code for {name}</source>
        <translation>Relate: recovery code for {name}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="126"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>RepairWizard</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="100"/>
        <source>Progress through the repair</source>
        <translation>Progress through the repair</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="115"/>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="118"/>
        <source>&amp;Save and close</source>
        <translation>&amp;Save and close</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="121"/>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="202"/>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="125"/>
        <source>Make a &amp;PDF…</source>
        <translation>Make a &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="192"/>
        <source>Step {n} of {total}</source>
        <translation>Step {n} of {total}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="198"/>
        <source>{name}&apos;s turn</source>
        <translation>{name}&apos;s turn</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="198"/>
        <source>Together</source>
        <translation>Together</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="202"/>
        <source>&amp;Finish and save</source>
        <translation>&amp;Finish and save</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="425"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="426"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="437"/>
        <source>Saved the PDF to {path}</source>
        <translation>Saved the PDF to {path}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="36"/>
        <source>first start of the day</source>
        <translation>first start of the day</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="37"/>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="38"/>
        <source>before an import</source>
        <translation>before an import</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="39"/>
        <source>before an update</source>
        <translation>before an update</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="40"/>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="158"/>
        <location filename="../../relate_desktop/ui/recovery.py" line="163"/>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="167"/>
        <source>Relate keeps a backup from the first start of each day and before every import or update: the last ten, and one a month for a year. Restoring one first backs up how things are now, so you can always go back.</source>
        <translation>Relate keeps a backup from the first start of each day and before every import or update: the last ten, and one a month for a year. Restoring one first backs up how things are now, so you can always go back.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="175"/>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="177"/>
        <source>There are no backups yet.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="181"/>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="185"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="188"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restore…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="214"/>
        <source>{name}&apos;s private space</source>
        <translation>{name}&apos;s private space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="216"/>
        <source>Shared space</source>
        <translation>Shared space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="250"/>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="252"/>
        <source>Everything in this space goes back to how it was on {date}. How things are now is backed up first, so you can come back to it.</source>
        <translation>Everything in this space goes back to how it was on {date}. How things are now is backed up first, so you can come back to it.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="935"/>
        <source>Request from {name}:</source>
        <translation>Request from {name}:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="937"/>
        <source>Apology from {name}:</source>
        <translation>Apology from {name}:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="944"/>
        <source>Response from {name}:</source>
        <translation>Response from {name}:</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="948"/>
        <source>Agreement: {title}</source>
        <translation>Agreement: {title}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="955"/>
        <source>Check-ins:</source>
        <translation>Check-ins:</translation>
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
        <translation>Not now</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/safety_check.py" line="96"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/safety_check.py" line="156"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SealedPerspectivePage</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="226"/>
        <source>&amp;Unlock to see or change them…</source>
        <translation>&amp;Unlock to see or change them…</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="215"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="217"/>
        <source>Search conflicts, what was said, agreements and the journal</source>
        <translation>Search conflicts, what was said, agreements and the journal</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="226"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="271"/>
        <source>Nothing found for that.</source>
        <translation>Nothing found for that.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="274"/>
        <source>{n} found. Press Enter to open the highlighted one.</source>
        <translation>{n} found. Press Enter to open the highlighted one.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="276"/>
        <source>1 found. Press Enter to open it.</source>
        <translation>1 found. Press Enter to open it.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="283"/>
        <source>Private writing is searched only while its owner&apos;s space is open.</source>
        <translation>Private writing is searched only while its owner&apos;s space is open.</translation>
    </message>
</context>
<context>
    <name>SecretFormDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="173"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="174"/>
        <source>Current passphrase or recovery code</source>
        <translation>Current passphrase or recovery code</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="175"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="176"/>
        <source>New passphrase, once more</source>
        <translation>New passphrase, once more</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="214"/>
        <source>The two new passphrases don&apos;t match.</source>
        <translation>The two new passphrases don&apos;t match.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="219"/>
        <source>Working…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../relate_desktop/ui/session.py" line="98"/>
        <source>Relate closed unexpectedly last time. What you were writing was saved as you typed, up to a moment before it closed. Any repair you had started is waiting on the Home page, where you left it.</source>
        <translation>Relate closed unexpectedly last time. What you were writing was saved as you typed, up to a moment before it closed. Any repair you had started is waiting on the Home page, where you left it.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/session.py" line="114"/>
        <source>Open what I was writing</source>
        <translation>Open what I was writing</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/session.py" line="120"/>
        <source>If it was private, unlock your private space to see it.</source>
        <translation>If it was private, unlock your private space to see it.</translation>
    </message>
</context>
<context>
    <name>SyncDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="64"/>
        <source>Sync with another computer</source>
        <translation>Sync with another computer</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="78"/>
        <source>Stop syncing on this computer</source>
        <translation>Stop syncing on this computer</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="81"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="83"/>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="278"/>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="86"/>
        <source>Start syncing</source>
        <translation>Start syncing</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="112"/>
        <source>Use Relate on both of your computers</source>
        <translation>Use Relate on both of your computers</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="116"/>
        <source>Pick a folder you already keep in step between your computers, with Syncthing, Nextcloud, Dropbox or a USB stick. Relate encrypts everything it puts there with your passphrases, and never connects to the internet itself.</source>
        <translation>Pick a folder you already keep in step between your computers, with Syncthing, Nextcloud, Dropbox or a USB stick. Relate encrypts everything it puts there with your passphrases, and never connects to the internet itself.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="127"/>
        <source>Sync needs a passphrase for each person: the folder is shared with other computers, so everything in it is encrypted, and without passphrases there is nothing to encrypt it with. This household was set up without passphrases; set them first.</source>
        <translation>Sync needs a passphrase for each person: the folder is shared with other computers, so everything in it is encrypted, and without passphrases there is nothing to encrypt it with. This household was set up without passphrases; set them first.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="141"/>
        <source>For example ~/Sync</source>
        <translation>For example ~/Sync</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="142"/>
        <source>Sync folder</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="143"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="145"/>
        <source>Choose the sync folder</source>
        <translation>Choose the sync folder</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="146"/>
        <source>Sync &amp;folder</source>
        <translation>Sync &amp;folder</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="150"/>
        <source>This computer&apos;s name</source>
        <translation>This computer&apos;s name</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="151"/>
        <source>This computer&apos;s &amp;name</source>
        <translation>This computer&apos;s &amp;name</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="161"/>
        <source>The other computer sees this name, so pick one you both recognise.</source>
        <translation>The other computer sees this name, so pick one you both recognise.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="173"/>
        <source>Choose the folder to sync through first.</source>
        <translation>Choose the folder to sync through first.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="178"/>
        <source>There is no folder at {path}. If it is on a drive, connect it; otherwise choose a folder that exists.</source>
        <translation>There is no folder at {path}. If it is on a drive, connect it; otherwise choose a folder that exists.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="206"/>
        <source>Syncing with your other computers</source>
        <translation>Syncing with your other computers</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="210"/>
        <source>Choose the folder again…</source>
        <translation>Choose the folder again…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="224"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="225"/>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="226"/>
        <source>Last synced</source>
        <translation>Last synced</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="228"/>
        <source>Your other computers</source>
        <translation>Your other computers</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="266"/>
        <source>The sync folder isn&apos;t there. If it is on a drive, connect it; otherwise choose the folder again.</source>
        <translation>The sync folder isn&apos;t there. If it is on a drive, connect it; otherwise choose the folder again.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="270"/>
        <source>This computer was removed from sync on another computer. Choose the folder again to sync it as a new computer.</source>
        <translation>This computer was removed from sync on another computer. Choose the folder again to sync it as a new computer.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="278"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="284"/>
        <source>Not yet</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="289"/>
        <source>{when}, with changes from {computer}</source>
        <translation>{when}, with changes from {computer}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="309"/>
        <source>No other computer syncs here yet. On the other computer, when Relate first opens, choose “Use Relate on another computer” and pick this folder.</source>
        <translation>No other computer syncs here yet. On the other computer, when Relate first opens, choose “Use Relate on another computer” and pick this folder.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="326"/>
        <source>Last heard from {when}</source>
        <translation>Last heard from {when}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="328"/>
        <source>Nothing from it yet</source>
        <translation>Nothing from it yet</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="333"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="335"/>
        <source>Remove {computer}</source>
        <translation>Remove {computer}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="344"/>
        <source>Remove {computer}?</source>
        <translation>Remove {computer}?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="346"/>
        <source>{computer} stops syncing with this household. The changes it made stay, here and on your other computers. Do this for an old computer you no longer use; it can join again later as a new one.</source>
        <translation>{computer} stops syncing with this household. The changes it made stay, here and on your other computers. Do this for an old computer you no longer use; it can join again later as a new one.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="351"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="352"/>
        <source>Keep it</source>
        <translation>Keep it</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="378"/>
        <source>Stop syncing on this computer?</source>
        <translation>Stop syncing on this computer?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="380"/>
        <source>Everything stays here as it is, and the sync folder keeps what it has; this computer just stops sending and receiving changes. You can start again later.</source>
        <translation>Everything stays here as it is, and the sync folder keeps what it has; this computer just stops sending and receiving changes. You can start again later.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="384"/>
        <source>Stop syncing</source>
        <translation>Stop syncing</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="385"/>
        <source>Keep syncing</source>
        <translation>Keep syncing</translation>
    </message>
</context>
<context>
    <name>SyncKeeper</name>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="185"/>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="187"/>
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="189"/>
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="191"/>
        <source>on {day} at {time}</source>
        <translation>on {day} at {time}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="192"/>
        <source>d MMM</source>
        <translation>d MMM</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="198"/>
        <source>Sync folder not found</source>
        <translation>Sync folder not found</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="200"/>
        <source>This computer was removed from sync</source>
        <translation>This computer was removed from sync</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="202"/>
        <source>Sync didn&apos;t finish</source>
        <translation>Sync didn&apos;t finish</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="210"/>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="210"/>
        <source>Not synced yet</source>
        <translation>Not synced yet</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="211"/>
        <source>Synced {when}</source>
        <translation>Synced {when}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/sync_keeper.py" line="214"/>
        <source>changes from {computer}</source>
        <translation>changes from {computer}</translation>
    </message>
</context>
<context>
    <name>TimeOutDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/time_out.py" line="112"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="81"/>
        <source>Welcome back</source>
        <translation>Welcome back</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="83"/>
        <source>Choose who you are and type your passphrase.</source>
        <translation>Choose who you are and type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="91"/>
        <source>Who are you?</source>
        <translation>Who are you?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="99"/>
        <source>Passphrase or recovery code</source>
        <translation>Passphrase or recovery code</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="101"/>
        <source>I am</source>
        <translation>I am</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="102"/>
        <source>&amp;Passphrase</source>
        <translation>&amp;Passphrase</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="104"/>
        <source>Forgot it? Type your recovery code instead.</source>
        <translation>Forgot it? Type your recovery code instead.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="112"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="118"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="144"/>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="157"/>
        <source>Something went wrong. Please try again.</source>
        <translation>Something went wrong. Please try again.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="194"/>
        <source>Wait {n} s</source>
        <translation>Wait {n} s</translation>
    </message>
</context>
<context>
    <name>_MasterDetail</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="83"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../relate_desktop/ui/errors.py" line="50"/>
        <source>Something went wrong</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/errors.py" line="51"/>
        <source>Relate hit a problem it didn&apos;t expect. What you saved before is safe.

If you&apos;d like to report it, copy the details below. They contain no text you wrote.</source>
        <translation>Relate hit a problem it didn&apos;t expect. What you saved before is safe.

If you&apos;d like to report it, copy the details below. They contain no text you wrote.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../relate_desktop/ui/sync_dialog.py" line="45"/>
        <source>Choose the sync folder</source>
        <translation>Choose the sync folder</translation>
    </message>
</context>
<context>
    <name>privacy_dialogs</name>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="248"/>
        <source>Set up {name}&apos;s private space</source>
        <translation>Set up {name}&apos;s private space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="279"/>
        <source>Set one up now?</source>
        <translation>Set one up now?</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="291"/>
        <source>Unlock {name}&apos;s private space</source>
        <translation>Unlock {name}&apos;s private space</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="294"/>
        <source>{name}, type your passphrase.</source>
        <translation>{name}, type your passphrase.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="358"/>
        <source>You used your recovery code. Choose a new passphrase now; your recovery code keeps working.</source>
        <translation>You used your recovery code. Choose a new passphrase now; your recovery code keeps working.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="364"/>
        <source>Your writing stays as it is: only the lock on your keys changes.</source>
        <translation>Your writing stays as it is: only the lock on your keys changes.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="370"/>
        <source>Choose a new passphrase</source>
        <translation>Choose a new passphrase</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="372"/>
        <source>Change {name}&apos;s passphrase</source>
        <translation>Change {name}&apos;s passphrase</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="400"/>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="401"/>
        <source>Your old recovery code will stop working. Type your passphrase to go on.</source>
        <translation>Your old recovery code will stop working. Type your passphrase to go on.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="420"/>
        <source>Your partner gets their own private space, locked with their own passphrase.</source>
        <translation>Your partner gets their own private space, locked with their own passphrase.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="425"/>
        <source>Leave the passphrase empty to skip it for now.</source>
        <translation>Leave the passphrase empty to skip it for now.</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="429"/>
        <source>Add your partner</source>
        <translation>Add your partner</translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="53"/>
        <source>Request</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="54"/>
        <source>Apology</source>
        <translation>Apology</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="55"/>
        <source>Response</source>
        <translation>Response</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="56"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="57"/>
        <source>retired</source>
        <translation>retired</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="58"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="59"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="60"/>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
</context>
<context>
    <name>saved_file</name>
    <message>
        <location filename="../../relate_desktop/ui/saved_file.py" line="19"/>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/saved_file.py" line="24"/>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/saved_file.py" line="28"/>
        <source>Show in &amp;folder</source>
        <translation>Show in &amp;folder</translation>
    </message>
</context>
</TS>
