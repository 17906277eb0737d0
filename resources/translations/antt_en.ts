<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name></name>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Conflicting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountFields</name>
    <message>
        <location filename="../../ui/account_forms.py" line="40"/>
        <source>e.g. quantri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="44"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="45"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="46"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="47"/>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="48"/>
        <source>At least 8 characters. User name: lower-case letters without accents, digits, dot, dash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="54"/>
        <source>Manage accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="58"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="59"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="59"/>
        <source>Locked until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="59"/>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="67"/>
        <source>Add account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="68"/>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="69"/>
        <location filename="../../ui/accounts_dialog.py" line="128"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="70"/>
        <source>Change role…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="71"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="128"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/accounts_dialog.py" line="161"/>
        <source>Disable the account %1 (%2)? It can no longer sign in until it is enabled again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="28"/>
        <source>Activities of the models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="31"/>
        <source>Search model or note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="33"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="43"/>
        <source>Attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="44"/>
        <source>Minutes and photos of the chosen activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="70"/>
        <source>Attachments of the activity of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activities.py" line="92"/>
        <source>%Ln activities</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivityLog</name>
    <message>
        <location filename="../../ui/pages/models.py" line="52"/>
        <source>Activity log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="55"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="55"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="55"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="56"/>
        <location filename="../../ui/pages/models.py" line="74"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="70"/>
        <location filename="../../ui/pages/models.py" line="71"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="75"/>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="98"/>
        <source>Choose a model in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../ui/attachments_view.py" line="101"/>
        <source>Caption (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="102"/>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="103"/>
        <source>Photos (JPEG, PNG, WebP) or scanned PDFs; you can also drop files here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="104"/>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="105"/>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="106"/>
        <source>Change caption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="107"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="125"/>
        <source>Save the record first, then attach photos and signed scans to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="145"/>
        <source>(file follows in a later bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="167"/>
        <source>Attach photos or signed scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="211"/>
        <source>Attaching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="241"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="255"/>
        <source>Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="255"/>
        <source>The attachment&apos;s caption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/attachments_view.py" line="263"/>
        <source>Remove this attachment from the record? It stays in the history and in backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="27"/>
        <source>Record created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="28"/>
        <source>Record changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="29"/>
        <source>Record deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="30"/>
        <source>Logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="31"/>
        <source>Wrong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="32"/>
        <source>Account locked after wrong passwords</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="33"/>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="34"/>
        <source>Account added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="35"/>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="36"/>
        <source>Own password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="37"/>
        <source>Account disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="38"/>
        <source>Account enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="39"/>
        <source>Role changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="40"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="41"/>
        <source>Number of backups kept set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="42"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="43"/>
        <source>Bundle imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="44"/>
        <source>Import undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="45"/>
        <source>Device revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="48"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="48"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="49"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="49"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="50"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="51"/>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="51"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="52"/>
        <source>Previous data kept as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="53"/>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="53"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="54"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="54"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="55"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="55"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="56"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditPanel</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="130"/>
        <location filename="../../ui/pages/audit.py" line="144"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="130"/>
        <location filename="../../ui/pages/audit.py" line="144"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="131"/>
        <source>Record type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="127"/>
        <source>In the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="144"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="144"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="145"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="153"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="153"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="153"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="164"/>
        <source>◀ Newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="165"/>
        <source>Older ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="167"/>
        <source>Check integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="205"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="246"/>
        <source>%1–%2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="304"/>
        <source>(and %1 more problems).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="296"/>
        <source>Back up to a drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="299"/>
        <source>Write the backup to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="300"/>
        <source>Folder for the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="303"/>
        <source>Passphrase of the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="307"/>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="308"/>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="309"/>
        <source>The backup is encrypted: without this passphrase nobody can read it, not even to restore it. At least %1 characters; keep it written down in the unit&apos;s safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="318"/>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="319"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="346"/>
        <source>Writing the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="351"/>
        <source>Backup written: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="33"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="34"/>
        <source>Before a data upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="35"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="36"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="37"/>
        <source>Made by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="38"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="40"/>
        <source>ANTT backups (*.anttbackup *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="55"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="57"/>
        <source>Taken by themselves: every day on the first start, before every import and before every data upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="60"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="60"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="60"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="68"/>
        <source>Keep the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="72"/>
        <source>of each kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="73"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="76"/>
        <source>Restore this backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="81"/>
        <source>Back up and restore by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="83"/>
        <source>Back up to…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="84"/>
        <source>Restore from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="119"/>
        <source>A backup or restore is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="126"/>
        <source>Choose a backup in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="137"/>
        <source>The last %1 automatic backups of each kind are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="148"/>
        <source>Backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="160"/>
        <source>Encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="161"/>
        <source>Passphrase of the backup %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="176"/>
        <source>Checking the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="172"/>
        <location filename="../../ui/pages/backups.py" line="184"/>
        <source>Not restored: the data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="210"/>
        <source>Restoring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="216"/>
        <source>Restored from %1: %2 versions of records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="219"/>
        <source>The data as it was before is kept as the backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="222"/>
        <source>Log in again to go on working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CataloguePage</name>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="29"/>
        <source>Catalogue and units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <source>Unit of count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="38"/>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="40"/>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="40"/>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="44"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalogue.py" line="51"/>
        <source>Items (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/catalogue.py" line="52"/>
        <source>Units (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/catalogue.py" line="56"/>
        <source>Mergers, renamings, moves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../ui/account_forms.py" line="134"/>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="139"/>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="140"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="141"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/pages/activities.py" line="17"/>
        <location filename="../../ui/pages/surrenders.py" line="64"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="18"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="19"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="20"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/activities.py" line="21"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/table_model.py" line="67"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="33"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="34"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="35"/>
        <source>Village / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="36"/>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="37"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="38"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="39"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="40"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="41"/>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="29"/>
        <source>(owner unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="63"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="65"/>
        <source>Handed in by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="66"/>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="67"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="68"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="70"/>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="71"/>
        <source>Signed copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompletenessDialog</name>
    <message>
        <location filename="../../ui/pages/periods.py" line="185"/>
        <source>Who submitted which months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="192"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="194"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="224"/>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="92"/>
        <source>No conflicts: every document has one current version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="106"/>
        <source>The same document was changed on two computers. Compare the versions: highlighted fields differ. Keep one version, or edit the last column and save it as the combined version (double-click a value to take it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="119"/>
        <source>Save the combined version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="140"/>
        <source>Showing the first %1 of %2 conflicts; the others appear as these are resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="146"/>
        <source>(%1 versions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="191"/>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="193"/>
        <source>(shown now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="198"/>
        <source>Combined (editable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="202"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="221"/>
        <source>Keep version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="266"/>
        <source>Keep version %1 of “%2”? The other versions stay in the history but no longer compete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="279"/>
        <source>The combined value of “%1” cannot be read; correct it or take a version&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_conflicts.py" line="290"/>
        <source>Resolved “%1”: version %2 written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="55"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="59"/>
        <source>models active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="60"/>
        <source>activities this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="61"/>
        <source>receipts this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="62"/>
        <source>receipts this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="75"/>
        <source>Handovers received per month, by category (item lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="76"/>
        <source>No receipt yet: Surrenders → New receipt (Ctrl+N) records the first handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="78"/>
        <location filename="../../ui/pages/dashboard.py" line="174"/>
        <source>Receipts this year, per unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="79"/>
        <source>No receipt this year in the units below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="81"/>
        <source>Models by type and status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="82"/>
        <source>No model yet: Models → New model (Ctrl+N) records the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="161"/>
        <source>Received this month: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="163"/>
        <source>Received this year: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="175"/>
        <source>Receipts this year: the %1 of %2 units with most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="180"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../ui/widgets.py" line="40"/>
        <source>mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="40"/>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="45"/>
        <source>Choose on a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="28"/>
        <source>Something went wrong and the action was not completed; the data is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="33"/>
        <source>Cannot do that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="37"/>
        <source>ANTT Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="42"/>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EndModelDialog</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="124"/>
        <source>End model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="129"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="130"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="35"/>
        <source>Write a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="42"/>
        <source>level above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="42"/>
        <source>unit below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="44"/>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="47"/>
        <source>Write it to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="54"/>
        <source>No unit is enrolled yet: complete the enrolment on the “Keys and enrolment” tab first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="57"/>
        <source>Write bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="58"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="104"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="105"/>
        <source>Wrote %1 to %2 for %4: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="48"/>
        <source>Folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="87"/>
        <source>Writing the bundle: %1 of %2 versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="98"/>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/sync_export.py" line="109"/>
        <source>%n attachment file(s) travel with them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_export.py" line="127"/>
        <source>Cancelled: no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <location filename="../../ui/pages/figures.py" line="79"/>
        <source>Monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="86"/>
        <source>Empty the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="87"/>
        <source>Empty the selected entered value (Delete), then save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="88"/>
        <source>Save figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="94"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="111"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="111"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="189"/>
        <source>This month is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/figures.py" line="374"/>
        <source>Saved %Ln figure(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="92"/>
        <location filename="../../ui/pages/figures.py" line="111"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="112"/>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="112"/>
        <source>From the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="192"/>
        <source>This month is %1, so its figures are locked; a commander can reopen it (with a reason) to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/figures.py" line="362"/>
        <source>Nothing to save.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../ui/login.py" line="148"/>
        <source>Create the administrator account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="151"/>
        <source>This store has no user accounts yet. Create the administrator account now: from then on everyone signs in with their own account. The administrator adds the accounts of the commander and the officers (Account → Manage accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="166"/>
        <source>Create and sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="167"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../ui/first_run.py" line="30"/>
        <source>Set up ANTT Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="33"/>
        <source>This laptop keeps the records of one unit. Name the unit and the officer; you can change the officer and the language later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="39"/>
        <source>e.g. CAX-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="41"/>
        <source>e.g. Công an xã Đồng Đăng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="54"/>
        <source>Unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="55"/>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="56"/>
        <source>Unit kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="57"/>
        <source>Parent unit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="58"/>
        <source>Parent unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="59"/>
        <source>Province / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="60"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="61"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/first_run.py" line="65"/>
        <source>Administrator account of this laptop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/help.py" line="12"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/help.py" line="21"/>
        <source>The user guide is not installed with this copy of the program.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="54"/>
        <source>Read a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="59"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="64"/>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="74"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="93"/>
        <source>No bundle (*.antt) was found on the drives; choose the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="100"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="108"/>
        <source>Unit and device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="109"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="110"/>
        <source>Bundle number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="111"/>
        <source>Time on the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="114"/>
        <source>What importing would bring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="124"/>
        <source>Details: versions of those documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="147"/>
        <source>Documents that will wait for reference data (kept, shown once it arrives from the level above):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="151"/>
        <location filename="../../ui/pages/sync_import.py" line="153"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="151"/>
        <location filename="../../ui/pages/sync_import.py" line="153"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="151"/>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="153"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="184"/>
        <source>%1 — device %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="187"/>
        <source>Bundle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="189"/>
        <source>bundles %1 of this sender never arrived here; the next bundles carry their versions again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="196"/>
        <source>%1 (today is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="200"/>
        <source>the sender&apos;s clock is probably wrong (the date is in the future)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="201"/>
        <source>the sender&apos;s clock is probably wrong or the bundle is very old</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="210"/>
        <source>Nothing new: everything in this bundle is here already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="216"/>
        <source>This bundle was imported before: importing it again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="218"/>
        <source>Waiting for reference data the store does not have yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="221"/>
        <source>Conflicting versions are kept; resolve them on the “Conflicts” tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="234"/>
        <source>Checked: the bundle is whole, signed by an enrolled device and addressed to this computer. Nothing has been written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="240"/>
        <source>Choose a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="240"/>
        <source>Bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="276"/>
        <location filename="../../ui/pages/sync_import.py" line="290"/>
        <source>Checking the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="277"/>
        <source>Checking: %1 of %2 versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="310"/>
        <source>Stopped: nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="321"/>
        <source>Importing: %1 of %2 versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="328"/>
        <source>Importing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeysPanel</name>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="98"/>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="103"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="105"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="107"/>
        <source>Fingerprint (read it over the phone to the other unit&apos;s officer):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="112"/>
        <source>Enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="114"/>
        <source>1. At the post: write this computer&apos;s enrolment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="115"/>
        <source>2. At the level above: register a unit from its enrolment file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="117"/>
        <source>3. At the post: accept the answer of the level above…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="119"/>
        <source>Take the file to the level above on a USB drive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="120"/>
        <source>Writes the answer beside the file; take it back to the unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="121"/>
        <source>Registers the level above and brings its units and catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="131"/>
        <source>Restored from an old copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="133"/>
        <source>Give this computer new keys after a restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="136"/>
        <source>Only when the level above refuses this computer&apos;s bundles because it was restored from an old copy. Nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="164"/>
        <source>Folder for the enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="172"/>
        <source>Wrote the enrolment file %1 in %2; take it to the level above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="177"/>
        <source>Choose the unit&apos;s enrolment file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="177"/>
        <source>Enrolment files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="181"/>
        <source>Choose the answer of the level above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="181"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="201"/>
        <source>Not confirmed: nothing was registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="213"/>
        <source>Registering…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="216"/>
        <source>Registered %1 (device %2). The answer %3 is in %4; take it back to that unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="220"/>
        <source>It is the unit&apos;s second laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="226"/>
        <source>The level above %1 (device %2) is registered; its units and catalogue are here. Bundles can now go up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="238"/>
        <source>Not confirmed: the keys are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="241"/>
        <source>New keys…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineRow</name>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="50"/>
        <source>Marking / serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="52"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="55"/>
        <source>Remove this line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login.py" line="70"/>
        <source>Sign in — ANTT Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="73"/>
        <source>ANTT Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="83"/>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="84"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/login.py" line="97"/>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>ANTT Logbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85"/>
        <source>Unit: %1 · Store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175"/>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="96"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107"/>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="108"/>
        <source>Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="110"/>
        <source>Manage accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="113"/>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="266"/>
        <source>%Ln monthly figure(s) typed but not saved. Quit without saving them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="57"/>
        <source>New model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="57"/>
        <source>Edit model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="76"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="76"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="77"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="77"/>
        <source>Village / place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="78"/>
        <source>Established</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="78"/>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="79"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="79"/>
        <source>Households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="80"/>
        <source>Km of border line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="80"/>
        <source>Markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="81"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="89"/>
        <source>Decisions and photos</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../../ui/pages/models.py" line="136"/>
        <source>Community models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="139"/>
        <source>Search name, place, leader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="141"/>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="142"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="151"/>
        <source>New model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="153"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="154"/>
        <source>End model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="155"/>
        <source>Recognition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="214"/>
        <source>All places</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/models.py" line="251"/>
        <source>%Ln model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/models.py" line="267"/>
        <source>Choose a model in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../ui/pages/__init__.py" line="27"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="28"/>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="29"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="30"/>
        <source>Surrenders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="31"/>
        <source>Monthly figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="32"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="33"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="36"/>
        <source>Catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="37"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/__init__.py" line="35"/>
        <source>Ratings and plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <location filename="../../ui/account_forms.py" line="101"/>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="105"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverLimitDialog</name>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="43"/>
        <source>Over-long records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="49"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="49"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="49"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="50"/>
        <source>Too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="58"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="82"/>
        <source>No record is longer than the limits: everything can be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="95"/>
        <source>Choose a record in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="97"/>
        <source>Shorten this kind of record on its own page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_over_limit.py" line="106"/>
        <source>Saved: the shortened record goes with the next bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeerConfirmDialog</name>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="35"/>
        <source>Accept the level above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="35"/>
        <source>Register a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="38"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="40"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="42"/>
        <source>Reference data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="42"/>
        <source>%1 versions (units, catalogue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="50"/>
        <source>Its fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="53"/>
        <source>Call the officer of that unit and read these digits to each other. Confirm only if every digit is the same as on their screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="57"/>
        <source>Personal details of people who hand items in (ID number, address, birth year) may travel up from this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="65"/>
        <source>This really is the unit&apos;s second laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="69"/>
        <source>The fingerprints match — confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="70"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../ui/pages/periods.py" line="47"/>
        <source>Submit the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="48"/>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="49"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="50"/>
        <source>Return…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="51"/>
        <source>Who submitted…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="52"/>
        <source>Signed form…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="53"/>
        <source>The scan of the signed monthly form, and other documents of the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="71"/>
        <source>Month %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="74"/>
        <source>(%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="76"/>
        <source>reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="108"/>
        <source>Submit month %1 of %2? Its records are then locked until a commander reopens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="113"/>
        <source>Figures to look at again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="126"/>
        <source>Documents of month %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/periods.py" line="144"/>
        <source>%n receipt(s) of this month still lack their signed copy: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="148"/>
        <source>Reopen the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="149"/>
        <source>Why is month %1 reopened? The reason is kept with the month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="159"/>
        <source>Return the month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/periods.py" line="160"/>
        <source>Why is month %1 of %2 returned? The unit reads this reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../ui/widgets.py" line="175"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="175"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="176"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="176"/>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="177"/>
        <source>6 months of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="177"/>
        <source>9 months of this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="178"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="178"/>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="179"/>
        <source>The last five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets.py" line="179"/>
        <source>Dates I choose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlacePicker</name>
    <message>
        <location filename="../../ui/drives.py" line="104"/>
        <source>No USB drive is plugged in; plug one in or choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drives.py" line="106"/>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drives.py" line="107"/>
        <source>Choose folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drives.py" line="125"/>
        <source>%1 (%2) — %3 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/drives.py" line="147"/>
        <source>Folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="47"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="50"/>
        <source>e.g. 111/KH-BCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="54"/>
        <source>the directive or resolution it carries out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="55"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="55"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="56"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="56"/>
        <source>Implements</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <location filename="../../ui/pages/plans.py" line="29"/>
        <source>New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="30"/>
        <source>New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="31"/>
        <source>Report progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="32"/>
        <source>Progress of %1 on the chosen task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="33"/>
        <source>Inspection or review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="34"/>
        <source>Progress report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="35"/>
        <source>Build the plan&apos;s progress report on the Reports page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="43"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="43"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="43"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="56"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="56"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="56"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="56"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="57"/>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="57"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="57"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="109"/>
        <source>No plan yet. The level above writes plans; a post sees them after a sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="117"/>
        <source>Plan No. %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="123"/>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="131"/>
        <source>Per unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="132"/>
        <source>%1 %2/%3 done, %4 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="136"/>
        <source>Inspections and reviews: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="147"/>
        <source>Choose a plan in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plans.py" line="154"/>
        <source>Choose a task of this unit first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressForm</name>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="105"/>
        <source>Report progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="115"/>
        <source>name = number; … e.g. households = 120; km of border = 6,5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="116"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="116"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="117"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="117"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="118"/>
        <source>Evidence figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="125"/>
        <source>Write each figure as name = number, separated by “;” (not “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="63"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="64"/>
        <source>Drive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="30"/>
        <source>&amp;Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="31"/>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="32"/>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="33"/>
        <source>Files of &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="34"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="35"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="36"/>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="37"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="38"/>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="39"/>
        <source>Find Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="40"/>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="41"/>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="42"/>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="43"/>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="44"/>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="45"/>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="46"/>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="47"/>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="48"/>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="49"/>
        <source>Recent Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="50"/>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="51"/>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="52"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="53"/>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="54"/>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="55"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="56"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="58"/>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="59"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="60"/>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="21"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="22"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="23"/>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="24"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="25"/>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="26"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="27"/>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="12"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="13"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="14"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="15"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="16"/>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="18"/>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="19"/>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/qt_strings.py" line="20"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingForm</name>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="46"/>
        <source>Score a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="46"/>
        <source>Change a score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="57"/>
        <source>e.g. Thôn Nà Pàn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="58"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="58"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="59"/>
        <source>Kind of place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="59"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="62"/>
        <source>Score by criterion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="76"/>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="86"/>
        <source>Recognised as meeting the “Safe on security and order” standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="88"/>
        <source>e.g. 125/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="93"/>
        <source>Decision No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="94"/>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="95"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="139"/>
        <source>Total: — (a score is not a number or is over its maximum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="142"/>
        <source>Total: %1 of 100 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <location filename="../../ui/pages/ratings.py" line="63"/>
        <source>Score a place…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="65"/>
        <source>Change score…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="66"/>
        <source>Thresholds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="67"/>
        <source>The lowest total of each class, set by the province for a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="68"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="70"/>
        <location filename="../../ui/pages/ratings.py" line="79"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="79"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="79"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="79"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="80"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="80"/>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="80"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="85"/>
        <source>Rated places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="86"/>
        <source>Province&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="116"/>
        <source>Rated places by class, year against year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="128"/>
        <source>Classes in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="136"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="136"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="147"/>
        <source>Choose a scored place in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="163"/>
        <source>Places rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="164"/>
        <source>Residential areas recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="166"/>
        <source>Communes recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="179"/>
        <source>Weak in %1 (the aim is none): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/ratings.py" line="183"/>
        <source>No place rated weak in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptForm</name>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="81"/>
        <source>New surrender receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="81"/>
        <source>Edit receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="89"/>
        <source>next number, given on saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="92"/>
        <source>hh:mm, or leave empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="97"/>
        <source>Found, owner unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="103"/>
        <source>Names, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="108"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="108"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="109"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="109"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="110"/>
        <source>Receiving officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="110"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="111"/>
        <source>How it came</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="112"/>
        <source>Person handing in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="112"/>
        <source>Birth year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="113"/>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="113"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="114"/>
        <source>Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="114"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="123"/>
        <source>Items handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="125"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="140"/>
        <source>Photos and signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/receipt_form.py" line="169"/>
        <source>A receipt needs at least one item line.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecogniseDialog</name>
    <message>
        <location filename="../../ui/pages/model_form.py" line="140"/>
        <source>Record a recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="145"/>
        <source>e.g. 123/QĐ-UBND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="147"/>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="148"/>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/model_form.py" line="149"/>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RekeyDialog</name>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="81"/>
        <source>New keys for this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="87"/>
        <source>Give this computer new keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_keys.py" line="87"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="52"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="95"/>
        <source>Monthly report of a unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="96"/>
        <source>Surrender receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="97"/>
        <source>Register of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="98"/>
        <source>Consolidated summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="99"/>
        <source>Ratings register of a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="100"/>
        <source>Progress of a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="109"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="110"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="132"/>
        <source>Covering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="133"/>
        <location filename="../../ui/pages/reports.py" line="136"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="133"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="134"/>
        <source>The register as it stands today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="135"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="137"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="149"/>
        <source>Build and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="152"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="154"/>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="155"/>
        <source>PDF, Excel (.xlsx) or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="173"/>
        <source>No report built yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="174"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="175"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="196"/>
        <source>Receipts of this unit and the units below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="197"/>
        <source>The tasks of this unit and the units below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="199"/>
        <source>This unit and every unit below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="215"/>
        <source>owner unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="216"/>
        <source>No. %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="224"/>
        <source>No. %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="256"/>
        <source>There is no receipt of this unit in that year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="258"/>
        <source>There is no plan yet: add one on the Ratings and plans page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="282"/>
        <source>The choices changed: building the report chosen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="312"/>
        <location filename="../../ui/pages/reports.py" line="330"/>
        <source>Building the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="324"/>
        <source>Cancelled: no report was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="328"/>
        <source>Building the report… page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/reports.py" line="354"/>
        <source>%Ln page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/reports.py" line="391"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="355"/>
        <source>The report is ready: print it or save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="121"/>
        <source>The month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="121"/>
        <source>Its quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="122"/>
        <source>Its 6 months (interim review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="123"/>
        <source>9 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="123"/>
        <source>The year (annual review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="407"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="407"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="408"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="409"/>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="428"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="432"/>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../ui/account_forms.py" line="117"/>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="118"/>
        <source>New password for %1. Tell it to them in person; the account is also unlocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="123"/>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="124"/>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreConfirmDialog</name>
    <message>
        <location filename="../../ui/pages/backups.py" line="242"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="250"/>
        <source>no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="251"/>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="255"/>
        <source>yes, opened with its passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="255"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="256"/>
        <source>checked, intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="257"/>
        <source>records intact; audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="259"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="259"/>
        <source>Backup taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="260"/>
        <source>Newest record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="260"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="261"/>
        <source>Data version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="261"/>
        <source>Versions of records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="262"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="262"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="263"/>
        <source>Integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="269"/>
        <source>The data on this laptop will be replaced by this backup. The current data is not lost: it is kept first as a backup (“Before a restore”) that can be restored in turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="272"/>
        <source>This backup comes from another laptop: restore it only when this laptop takes that one&apos;s place, and stop using the other one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/backups.py" line="279"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="136"/>
        <source>Inspection or review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="142"/>
        <source>The whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="148"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="148"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="149"/>
        <source>Unit inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="149"/>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../ui/pages/reviews.py" line="16"/>
        <source>Ratings and plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reviews.py" line="20"/>
        <source>Movement ratings, “Safe on security and order”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/reviews.py" line="21"/>
        <source>Plans and tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/account_forms.py" line="155"/>
        <source>Change role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="155"/>
        <source>Role of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/account_forms.py" line="159"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="25"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="35"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="41"/>
        <source>Decree 09/2019: the 15th of the month before to the 14th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="42"/>
        <source>Calendar months and years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="45"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="46"/>
        <source>Reporting periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="47"/>
        <source>Officer (author of new records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="49"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="50"/>
        <source>Store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="51"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="57"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="59"/>
        <source>Signers and recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="61"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="63"/>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="98"/>
        <location filename="../../ui/pages/settings.py" line="110"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>The administrator account sets up and looks after this laptop; it does not record models, receipts or figures. Create now the account of the commander or officer who will record them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignersPanel</name>
    <message>
        <location filename="../../ui/pages/signers.py" line="23"/>
        <source>Every form (unless set below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="23"/>
        <source>Monthly report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="24"/>
        <source>Summary report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="24"/>
        <source>Register of models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="25"/>
        <source>Ratings register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="25"/>
        <source>Plan progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="29"/>
        <source>The head signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="30"/>
        <source>KT. (a deputy signs for the head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="31"/>
        <source>TL. (by order of the head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="32"/>
        <source>TUQ. (by authority of the head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="33"/>
        <source>TM. (on behalf of a collective body)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="34"/>
        <source>Q. (acting head)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="39"/>
        <source>e.g. Phó Trưởng Công an xã (empty: the head&apos;s title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="41"/>
        <source>e.g. Thiếu tá Hoàng Văn Đức</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="43"/>
        <source>One recipient a line; empty: the level above and &quot;Lưu: VT&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="45"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="49"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="50"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="51"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="52"/>
        <source>Signer&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="53"/>
        <source>Signer&apos;s rank and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="54"/>
        <source>Recipients (Nơi nhận)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/signers.py" line="111"/>
        <source>Saved: the next form printed uses these.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SurrendersPage</name>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="89"/>
        <source>Surrendered weapons, explosives, support tools and firecrackers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="98"/>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="101"/>
        <source>New receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="103"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="104"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="107"/>
        <source>Attachments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="108"/>
        <source>Photos and the signed copy of the chosen receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="110"/>
        <source>With or without signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="111"/>
        <source>Signed copy attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="112"/>
        <source>Still lacking the signed copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="120"/>
        <source>Signed copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="144"/>
        <source>Show every unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="169"/>
        <source>Choose a receipt in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/surrenders.py" line="205"/>
        <source>%Ln receipt(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="207"/>
        <source>only %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="196"/>
        <location filename="../../ui/pages/surrenders.py" line="251"/>
        <source>Totals: computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="264"/>
        <source>Totals: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="299"/>
        <source>Attachments of receipt No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="316"/>
        <source>Delete receipt No. %1 of %2? It stays in the history but leaves every list and total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="105"/>
        <source>Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/surrenders.py" line="106"/>
        <source>The biên bản of the chosen receipt, to print and sign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="18"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="19"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="20"/>
        <source>Conflicting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="21"/>
        <source>Already here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="22"/>
        <source>Kept, not shown yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_common.py" line="23"/>
        <source>Waiting for a reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="349"/>
        <source>The bundle %1 had been imported already; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="350"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="351"/>
        <source>Imported %1 from %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync_import.py" line="355"/>
        <source>Some documents were edited on two laptops: see Conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/pages/sync.py" line="80"/>
        <source>Sync with the level above and the units below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="89"/>
        <source>Write a bundle to USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="90"/>
        <source>Read a bundle from USB…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="97"/>
        <source>Over-long records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="107"/>
        <source>Keys and enrolment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="109"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="109"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="109"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="109"/>
        <source>Bundles received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="110"/>
        <source>Last bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="110"/>
        <source>Missing bundles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="110"/>
        <source>Not yet acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="110"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="111"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="112"/>
        <location filename="../../ui/pages/sync.py" line="228"/>
        <source>Import receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="114"/>
        <location filename="../../ui/pages/sync.py" line="226"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="130"/>
        <source>No bundle has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="131"/>
        <source>Choose an import in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="140"/>
        <source>Documents kept here but not shown yet: they wait for a unit or a catalogue item the level above has not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="144"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="144"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="144"/>
        <source>Waiting for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="153"/>
        <source>Documents received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="154"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="158"/>
        <source>Print the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="159"/>
        <source>Undo the latest import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="193"/>
        <source>level above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="193"/>
        <source>unit below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="195"/>
        <source>no. %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="199"/>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="199"/>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="249"/>
        <source>Over-long records (%1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="225"/>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="227"/>
        <source>Import receipts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="272"/>
        <source>Save the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="281"/>
        <source>The receipt was saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="289"/>
        <source>Undo the import of %1 from %2? The data goes back to how it was just before that import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="296"/>
        <source>Undoing the import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/sync.py" line="299"/>
        <source>The import of %1 was undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskForm</name>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="69"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="82"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="82"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/plan_forms.py" line="83"/>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="193"/>
        <location filename="../../ui/upgrade_dialog.py" line="33"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="195"/>
        <source>Please wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThresholdsForm</name>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="161"/>
        <source>Thresholds of the classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="164"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="166"/>
        <source>%1 from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/rating_forms.py" line="167"/>
        <source>Below the last threshold a place is rated weak. They apply to %1 and every unit below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitEventsTab</name>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="28"/>
        <source>Unit code: its history (empty: every change)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="30"/>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="36"/>
        <location filename="../../ui/pages/unit_events.py" line="80"/>
        <source>Effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="36"/>
        <source>Change and decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="42"/>
        <source>Record a change decided by the level above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="45"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="45"/>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="45"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="46"/>
        <source>Move to another parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="46"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="49"/>
        <source>e.g. CAX-A CAX-B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="51"/>
        <source>merge: the unit they become; move: the new parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="60"/>
        <source>As usual (a new unit from 01, an existing one continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="61"/>
        <source>Continue after the merged units&apos; highest number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="62"/>
        <source>Restart at 01 from the effective date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="66"/>
        <source>split: one part a line, e.g. CAX-E=Công an xã E:thôn Nà Lầu;thôn Pò Mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="70"/>
        <source>By the village/place recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="71"/>
        <source>All to the main part (the level above&apos;s choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="73"/>
        <source>the part that takes what no village names (default: the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="75"/>
        <source>restart of an existing unit: e.g. M (M01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="76"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="77"/>
        <source>Unit(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="78"/>
        <source>Into / new parent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="79"/>
        <source>New name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="81"/>
        <source>Decision number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="82"/>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="83"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="84"/>
        <source>Parts (split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="85"/>
        <source>Old records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="86"/>
        <source>Main part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="87"/>
        <source>Receipt numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="88"/>
        <source>Number prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_events.py" line="92"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
