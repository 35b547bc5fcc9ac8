<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="27"/>
        <source>Qt for Python: windows and widgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="30"/>
        <source>database access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="31"/>
        <source>database upgrades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="34"/>
        <source>SQLCipher: encrypted database files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="39"/>
        <source>key wrapping (AES-GCM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="42"/>
        <source>passphrase hashing (Argon2id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="43"/>
        <source>agreement PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="44"/>
        <source>right-to-left text in PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="45"/>
        <source>Arabic letter shapes in PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="46"/>
        <source>where data is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="53"/>
        <source>Latin, Greek, Cyrillic, symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="58"/>
        <source>Hebrew and Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="63"/>
        <source>Chinese, Japanese, Korean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="66"/>
        <source>emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="81"/>
        <source>About Relate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="88"/>
        <source>Relate&apos;s icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="97"/>
        <source>A companion for repair after a fight, for keeping promises, and for journaling. Your data stays on this computer, encrypted with SQLCipher. Relate makes no network connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="109"/>
        <source>Licences of the fonts and libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="121"/>
        <source>Relate is free software under the GNU General Public License, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="123"/>
        <source>Fonts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="123"/>
        <source>Libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/about.py" line="125"/>
        <source>Qt is © The Qt Company, used under the LGPL version 3. The full licence texts are in the resources/fonts folder and in each library.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="180"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="182"/>
        <source>&amp;Check in now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="185"/>
        <source>Plan a check-&amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="188"/>
        <source>Make a &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="190"/>
        <source>Make a PDF of this agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="253"/>
        <source>Made on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="255"/>
        <source>version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="266"/>
        <source>Commitments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommitmentRows</name>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="136"/>
        <source>Add a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="145"/>
        <source>Whose commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="149"/>
        <source>What they will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="150"/>
        <source>What, specifically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="152"/>
        <location filename="../../relate_desktop/ui/check_in.py" line="153"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="125"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="135"/>
        <source>intensity {n}/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="144"/>
        <source>Stance: {stance}. Reaction: {reactions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="151"/>
        <source>Losing strategies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="160"/>
        <source>{kind} from {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedFileScreen</name>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="51"/>
        <source>{name}&apos;s private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="54"/>
        <source>a private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="55"/>
        <source>the shared space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="70"/>
        <source>A Relate file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="75"/>
        <source>One of your Relate files is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="80"/>
        <source>Relate can&apos;t read {where} safely. This can happen after a power cut or a disk problem. Relate has not changed the damaged file and won&apos;t write to it, so nothing in it is lost by waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="90"/>
        <source>Your newest good backup is from {date}. Restoring it brings back everything as it was then. The damaged file is kept aside in the backups folder, untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="99"/>
        <source>There is no good backup of it. Please keep the data folder as it is and ask someone you trust with computers for help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="109"/>
        <source>Damaged file: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="111"/>
        <source>Backup: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="118"/>
        <source>&amp;Quit for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="122"/>
        <source>&amp;Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="219"/>
        <source>dddd d MMMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/check_in.py" line="229"/>
        <source>dddd d MMMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayMenus</name>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="25"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="28"/>
        <location filename="../../relate_desktop/ui/display_menus.py" line="43"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="39"/>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="44"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/display_menus.py" line="45"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="61"/>
        <source>The &amp;response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="62"/>
        <source>This agreement has no response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="66"/>
        <source>&amp;Follow-up dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="67"/>
        <source>No check-ins are scheduled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="71"/>
        <source>Check-in &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="72"/>
        <source>No check-in has happened yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="103"/>
        <source>Export the agreement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="106"/>
        <source>What goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="120"/>
        <source>The agreement, the commitments and the lines to sign are always in. Nothing private is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="132"/>
        <source>Export status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="137"/>
        <source>Preview of the first page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="159"/>
        <source>&amp;Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="161"/>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="168"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="188"/>
        <source>Making the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="208"/>
        <source>The preview can&apos;t be shown on this computer. Saving works as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="212"/>
        <source>Page 1 of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="221"/>
        <source>The PDF couldn&apos;t be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="234"/>
        <source>Save the agreement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="236"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/export_dialog.py" line="249"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="666"/>
        <source>dddd d MMMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="753"/>
        <source>dddd d MMMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="193"/>
        <source>ddd d MMM, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/home.py" line="226"/>
        <source>None right now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="131"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="135"/>
        <source>Patterns over time: what you argue about, the loops that come back, and how each of you tends to react. Each person&apos;s patterns come only from what they said about themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="143"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="155"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="144"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="145"/>
        <source>&amp;All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="149"/>
        <source>Whose patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="153"/>
        <source>Show the &amp;numbers as tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="155"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="160"/>
        <source>Whose patterns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="169"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="178"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="169"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="338"/>
        <source>Topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="169"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="176"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="173"/>
        <source>What comes back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="173"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="173"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="178"/>
        <location filename="../../relate_desktop/ui/insights_view.py" line="181"/>
        <source>Times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="173"/>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="176"/>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="178"/>
        <source>Reaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="181"/>
        <source>Losing strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="184"/>
        <source>At the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="184"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="256"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="297"/>
        <source>the beginning</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/insights_view.py" line="299"/>
        <source>%n conflict(s) from {start} to {end}.</source>
        <translation>
            <numerusform>%n conflict from {start} to {end}.</numerusform>
            <numerusform>%n conflicts from {start} to {end}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="315"/>
        <source>Other topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="319"/>
        <source>Conflicts each month, by topic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="330"/>
        <source>No conflicts logged in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="332"/>
        <source>What keeps coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="338"/>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="344"/>
        <source>Nothing has come back twice in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="348"/>
        <source>{name}&apos;s stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="357"/>
        <source>{name} hasn&apos;t named a stance in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="361"/>
        <source>{name}&apos;s reactions over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="380"/>
        <source>No reactions named in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="383"/>
        <source>{name}&apos;s most used losing strategies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="387"/>
        <source>No losing strategies named in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="391"/>
        <source>Did agreements hold at check-ins?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="395"/>
        <source>No check-ins done in these dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="402"/>
        <source>These include {name}&apos;s private reflections, because {name}&apos;s private space is open. They disappear from here when it is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/insights_view.py" line="406"/>
        <source>From what {name} shared. Private reflections count only while {name}&apos;s own private space is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="76"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="82"/>
        <location filename="../../relate_desktop/ui/journal_view.py" line="260"/>
        <source>&amp;Unlock my private journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="84"/>
        <source>&amp;Write a shared entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="94"/>
        <source>&amp;New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="96"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="101"/>
        <source>Journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="116"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="117"/>
        <source>No prompt: free writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="126"/>
        <source>Journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="130"/>
        <source>&amp;Private: only I can read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="133"/>
        <source>&amp;Share with my partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="135"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="137"/>
        <source>Delete this entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="225"/>
        <source>Who is writing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="243"/>
        <source>Writing as {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="262"/>
        <source>&amp;Set up my private space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="295"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="319"/>
        <source>Not saved yet. Your text is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="330"/>
        <source>Saved (private)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="330"/>
        <location filename="../../relate_desktop/ui/journal_view.py" line="434"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="341"/>
        <source>others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="345"/>
        <source>Share this entry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="381"/>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="445"/>
        <source>d MMM yyyy, HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="446"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/journal_view.py" line="446"/>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="64"/>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="65"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="66"/>
        <source>Agreements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="67"/>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="68"/>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="98"/>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="157"/>
        <source>Your shared space is encrypted and locked with your passphrases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="158"/>
        <source>Your data is encrypted on disk, but no passphrase protects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="170"/>
        <source>{name}&apos;s private space is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="175"/>
        <source>Private spaces are locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="181"/>
        <source>&amp;Relate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="198"/>
        <source>Start a &amp;repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="202"/>
        <source>Write in the &amp;journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="210"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="215"/>
        <source>Add check-ins to my &amp;calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="222"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="224"/>
        <source>R&amp;estore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="228"/>
        <source>&amp;Open Relate when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="235"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="238"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="250"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="251"/>
        <source>&amp;About Relate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="254"/>
        <source>&amp;Privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="257"/>
        <source>&amp;Unlock my private space…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="263"/>
        <source>&amp;Lock my private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="265"/>
        <source>Lock &amp;everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="266"/>
        <source>&amp;Quick hide (Ctrl+Shift+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="270"/>
        <source>&amp;Change my passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="276"/>
        <source>New &amp;recovery code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="279"/>
        <source>&amp;Safety check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="282"/>
        <source>&amp;Add my partner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="294"/>
        <source>&amp;Auto-lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="300"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="302"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="304"/>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="331"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="335"/>
        <source>Unlock a private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="483"/>
        <source>Saved the PDF to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="517"/>
        <source>Add check-ins to my calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="517"/>
        <source>Calendar (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../relate_desktop/ui/main_window.py" line="526"/>
        <source>Saved %n check-in(s) to {path}. Open it with your calendar app.</source>
        <translation>
            <numerusform>Saved %n check-in to {path}. Open it with your calendar app.</numerusform>
            <numerusform>Saved %n check-ins to {path}. Open it with your calendar app.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="547"/>
        <source>Backed up to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/main_window.py" line="564"/>
        <source>Restored the backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCheckInDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="120"/>
        <source>Plan a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="132"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="133"/>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="138"/>
        <source>Repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/agreement_history.py" line="139"/>
        <source>&amp;Repeat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="47"/>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="57"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="59"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="81"/>
        <source>Relate: recovery code for {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="123"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RepairWizard</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="87"/>
        <source>Progress through the repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="102"/>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="105"/>
        <source>&amp;Save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="108"/>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="173"/>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="111"/>
        <source>Make a &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="163"/>
        <source>Step {n} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="169"/>
        <source>{name}&apos;s turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="169"/>
        <source>Together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="173"/>
        <source>&amp;Finish and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="356"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="357"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/wizard.py" line="368"/>
        <source>Saved the PDF to {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="34"/>
        <source>first start of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="35"/>
        <source>made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="36"/>
        <source>before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="37"/>
        <source>before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="38"/>
        <source>before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="159"/>
        <location filename="../../relate_desktop/ui/recovery.py" line="164"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="168"/>
        <source>Relate keeps a backup from the first start of each day and before every import or update: the last ten, and one a month for a year. Restoring one first backs up how things are now, so you can always go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="176"/>
        <source>Backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="178"/>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="182"/>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="186"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="189"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="215"/>
        <source>{name}&apos;s private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="217"/>
        <source>Shared space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="251"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/recovery.py" line="253"/>
        <source>Everything in this space goes back to how it was on {date}. How things are now is backed up first, so you can come back to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="790"/>
        <source>Request from {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="792"/>
        <source>Apology from {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="797"/>
        <source>Response from {name}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="801"/>
        <source>Agreement: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="809"/>
        <source>Check-ins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="810"/>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyCheckDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/safety_check.py" line="90"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/safety_check.py" line="94"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/safety_check.py" line="154"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedPerspectivePage</name>
    <message>
        <location filename="../../relate_desktop/ui/wizard/pages.py" line="212"/>
        <source>&amp;Unlock to see or change them…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="156"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="158"/>
        <source>Search conflicts, what was said, agreements and the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="167"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="210"/>
        <source>Nothing found for that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="213"/>
        <source>{n} found. Press Enter to open the highlighted one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="215"/>
        <source>1 found. Press Enter to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/search_view.py" line="222"/>
        <source>Private writing is searched only while its owner&apos;s space is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretFormDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="170"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="171"/>
        <source>Current passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="172"/>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="173"/>
        <source>New passphrase, once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="210"/>
        <source>The two new passphrases don&apos;t match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="215"/>
        <source>Working…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../relate_desktop/ui/session.py" line="89"/>
        <source>Relate closed unexpectedly last time. What you were writing was saved as you typed, up to a moment before it closed. Any repair you had started is waiting on the Home page, where you left it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/session.py" line="105"/>
        <source>Open what I was writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/session.py" line="111"/>
        <source>If it was private, unlock your private space to see it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="80"/>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="82"/>
        <source>Choose who you are and type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="90"/>
        <source>Who are you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="98"/>
        <source>Passphrase or recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="100"/>
        <source>I am</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="101"/>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="103"/>
        <source>Forgot it? Type your recovery code instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="111"/>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="117"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="143"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="156"/>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/unlock.py" line="193"/>
        <source>Wait {n} s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_MasterDetail</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="73"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../relate_desktop/ui/errors.py" line="47"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/errors.py" line="48"/>
        <source>Relate hit a problem it didn&apos;t expect. What you saved before is safe.

If you&apos;d like to report it, copy the details below. They contain no text you wrote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>privacy_dialogs</name>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="242"/>
        <source>Set up {name}&apos;s private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="270"/>
        <source>Set one up now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="282"/>
        <source>Unlock {name}&apos;s private space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="285"/>
        <source>{name}, type your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="345"/>
        <source>You used your recovery code. Choose a new passphrase now; your recovery code keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="351"/>
        <source>Your writing stays as it is: only the lock on your keys changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="355"/>
        <source>Change {name}&apos;s passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="374"/>
        <source>New recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="375"/>
        <source>Your old recovery code will stop working. Type your passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="392"/>
        <source>Your partner gets their own private space, locked with their own passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="397"/>
        <source>Leave the passphrase empty to skip it for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/privacy_dialogs.py" line="401"/>
        <source>Add your partner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>records</name>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="43"/>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="44"/>
        <source>Apology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="45"/>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="46"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="47"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="48"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="49"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/records.py" line="50"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>saved_file</name>
    <message>
        <location filename="../../relate_desktop/ui/saved_file.py" line="19"/>
        <source>Saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/saved_file.py" line="24"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../relate_desktop/ui/saved_file.py" line="28"/>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
