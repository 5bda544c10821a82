<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../../ui/settings/appsettings.cpp" line="164"/>
        <location filename="../../ui/settings/appsettings.cpp" line="179"/>
        <source>Enter at least one number of days, for example 30, 7, 1.</source>
        <translation>Geben Sie mindestens eine Anzahl Tage ein, zum Beispiel 30, 7, 1.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appsettings.cpp" line="170"/>
        <source>&quot;%1&quot; is not a whole number of days.</source>
        <translation>„%1“ ist keine ganze Zahl von Tagen.</translation>
    </message>
    <message>
        <location filename="../../ui/settings/appsettings.cpp" line="182"/>
        <source>%1 days is out of range: use %2 to %3 days.</source>
        <translation>%1 Tage liegen außerhalb des Bereichs: erlaubt sind %2 bis %3 Tage.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="44"/>
        <source>About certdesk</source>
        <translation>Über certdesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="53"/>
        <source>certdesk logo</source>
        <translation>certdesk-Logo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="63"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="67"/>
        <source>A desktop console for the X.509 certificates you are responsible for: what you have, what expires when, and the keys that go with them.</source>
        <translation>Eine Desktop-Konsole für die X.509-Zertifikate, für die Sie verantwortlich sind: was Sie haben, was wann abläuft und die zugehörigen Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="79"/>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="79"/>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="81"/>
        <source>OpenSSL:</source>
        <translation>OpenSSL:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="82"/>
        <source>SQLite:</source>
        <translation>SQLite:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="83"/>
        <source>Inventory:</source>
        <translation>Inventar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="87"/>
        <source>Distributed under the licence terms that come with certdesk. Uses Qt (LGPLv3), OpenSSL (Apache License 2.0) and SQLite (public domain).</source>
        <translation>Verbreitet unter den Lizenzbedingungen, die certdesk beiliegen. Verwendet Qt (LGPLv3), OpenSSL (Apache License 2.0) und SQLite (gemeinfrei).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/aboutdialog.cpp" line="99"/>
        <source>&amp;Copy Version Information</source>
        <translation>Versionsinformationen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeAccountActions</name>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="51"/>
        <source>&amp;Add Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="51"/>
        <source>Register an account at an ACME CA</source>
        <translation>Ein Konto bei einer ACME-CA registrieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="52"/>
        <source>Re&amp;fresh from CA</source>
        <translation>Von der CA &amp;aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="52"/>
        <source>Read the account&apos;s status and contacts from the CA</source>
        <translation>Status und Kontakte des Kontos bei der CA abfragen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="57"/>
        <source>Update &amp;Contacts…</source>
        <translation>&amp;Kontakte ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="57"/>
        <source>Change the e-mail addresses the CA writes to</source>
        <translation>Die E-Mail-Adressen ändern, an die die CA schreibt</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="62"/>
        <source>R&amp;oll Over Key…</source>
        <translation>Schlüssel &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="62"/>
        <source>Replace the account key with a new one (RFC 8555 key change)</source>
        <translation>Den Kontoschlüssel durch einen neuen ersetzen (RFC-8555-Schlüsselwechsel)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="67"/>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deaktivieren…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="67"/>
        <source>Deactivate the account at the CA, for good</source>
        <translation>Das Konto bei der CA endgültig deaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="96"/>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="166"/>
        <source>Another ACME account job is still running.</source>
        <translation>Ein anderer ACME-Kontovorgang läuft noch.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="119"/>
        <source>ACME Accounts</source>
        <translation>ACME-Konten</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="147"/>
        <source>Creating the ACME account…</source>
        <translation>ACME-Konto wird angelegt…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="151"/>
        <source>no master password was given.</source>
        <translation>es wurde kein Master-Passwort eingegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="153"/>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="155"/>
        <source>The account was not created: %1</source>
        <translation>Das Konto wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="161"/>
        <source>ACME account %1 created at %2.</source>
        <translation>ACME-Konto %1 bei %2 angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="175"/>
        <source>%1: cancelled, no master password was given.</source>
        <translation>%1: abgebrochen, es wurde kein Master-Passwort eingegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="177"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="188"/>
        <source>Reading the account from the CA…</source>
        <translation>Konto wird von der CA gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="188"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="191"/>
        <source>ACME account %1: %2 at the CA.</source>
        <translation>ACME-Konto %1: bei der CA %2.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="198"/>
        <source>Updating the contacts at the CA…</source>
        <translation>Kontakte werden bei der CA geändert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="198"/>
        <source>Update contacts</source>
        <translation>Kontakte ändern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="201"/>
        <source>ACME account %1: contacts now %2.</source>
        <translation>ACME-Konto %1: Kontakte jetzt %2.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="202"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="209"/>
        <source>Rolling the account over to a new key…</source>
        <translation>Das Konto wechselt zu einem neuen Schlüssel…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="209"/>
        <source>Key roll-over</source>
        <translation>Schlüsselwechsel</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="214"/>
        <source>ACME account %1 signs with a new %2 key.</source>
        <translation>ACME-Konto %1 signiert mit einem neuen %2-Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="221"/>
        <source>Deactivating the account at the CA…</source>
        <translation>Konto wird bei der CA deaktiviert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="221"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="223"/>
        <source>ACME account %1 is deactivated.</source>
        <translation>ACME-Konto %1 ist deaktiviert.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="229"/>
        <source>Update Contacts</source>
        <translation>Kontakte ändern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="230"/>
        <source>E-mail addresses for %1 (separated by commas; empty for none):</source>
        <translation>E-Mail-Adressen für %1 (durch Kommas getrennt; leer für keine):</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="248"/>
        <source>Roll Over Key</source>
        <translation>Schlüssel wechseln</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="249"/>
        <source>certdesk makes a new key for %1 and tells the CA to use it from now on; the old key stops working.

New key:</source>
        <translation>certdesk erzeugt einen neuen Schlüssel für %1 und meldet ihn der CA; der alte Schlüssel gilt dann nicht mehr.

Neuer Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="258"/>
        <source>Deactivate ACME Account</source>
        <translation>ACME-Konto deaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="259"/>
        <source>Deactivate %1 at %2?</source>
        <translation>%1 bei %2 deaktivieren?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="261"/>
        <source>This cannot be undone: the CA never reactivates an account. Certificates it issued stay valid, but they cannot be renewed or revoked through this account.</source>
        <translation>Das lässt sich nicht rückgängig machen: Eine CA reaktiviert kein Konto. Ausgestellte Zertifikate bleiben gültig, können über dieses Konto aber weder erneuert noch widerrufen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/acmeaccountactions.cpp" line="263"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeAccountDialog</name>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="54"/>
        <source>Add ACME Account</source>
        <translation>ACME-Konto hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="58"/>
        <source>An account at a public CA that speaks ACME (RFC 8555), such as Let&apos;s Encrypt. certdesk makes the account key and keeps it encrypted in the inventory&apos;s key store.</source>
        <translation>Ein Konto bei einer öffentlichen CA, die ACME (RFC 8555) spricht, etwa Let&apos;s Encrypt. certdesk erzeugt den Kontoschlüssel und verwahrt ihn verschlüsselt im Schlüsselspeicher des Inventars.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="65"/>
        <source>Certificate authority</source>
        <translation>Zertifizierungsstelle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="70"/>
        <source>Custom directory URL…</source>
        <translation>Eigene Verzeichnis-URL…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="71"/>
        <source>&amp;CA:</source>
        <translation>&amp;CA:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="74"/>
        <source>Directory URL</source>
        <translation>Verzeichnis-URL</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="75"/>
        <source>https://acme.example.net/directory</source>
        <translation>https://acme.example.net/directory</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="76"/>
        <source>&amp;Directory URL:</source>
        <translation>&amp;Verzeichnis-URL:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="85"/>
        <source>Extra trust anchor</source>
        <translation>Zusätzlicher Vertrauensanker</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="86"/>
        <source>optional: the server&apos;s CA certificate (PEM)</source>
        <translation>optional: das CA-Zertifikat des Servers (PEM)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="87"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="91"/>
        <source>&amp;Trust anchor:</source>
        <translation>Vertrauens&amp;anker:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="96"/>
        <source>Contact e-mails</source>
        <translation>Kontakt-E-Mails</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="97"/>
        <source>admin@example.com, more separated by commas</source>
        <translation>admin@example.com, weitere durch Kommas getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="98"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="101"/>
        <source>Account key</source>
        <translation>Kontoschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="105"/>
        <source>Account &amp;key:</source>
        <translation>Konto&amp;schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="108"/>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="109"/>
        <source>optional: named after the CA</source>
        <translation>optional: nach der CA benannt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="110"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="113"/>
        <source>External account binding</source>
        <translation>Externe Kontobindung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="116"/>
        <source>This CA links ACME accounts to an account on its web site: copy the key id and the HMAC key it shows there.</source>
        <translation>Diese CA verknüpft ACME-Konten mit einem Konto auf ihrer Website: Kopieren Sie die Schlüssel-ID und den HMAC-Schlüssel, die sie dort anzeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="120"/>
        <source>EAB key id</source>
        <translation>EAB-Schlüssel-ID</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="122"/>
        <source>EAB HMAC key</source>
        <translation>EAB-HMAC-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="124"/>
        <source>base64url, as the CA shows it</source>
        <translation>base64url, wie die CA ihn anzeigt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="125"/>
        <source>Key &amp;id:</source>
        <translation>Schlüssel-&amp;ID:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="126"/>
        <source>&amp;HMAC key:</source>
        <translation>&amp;HMAC-Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="129"/>
        <source>Terms of service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="136"/>
        <source>I have read and &amp;agree to the CA&apos;s terms of service</source>
        <translation>Ich habe die Nutzungsbedingungen der CA gelesen und &amp;stimme ihnen zu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="148"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="160"/>
        <source>&amp;Create Account</source>
        <translation>Konto &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="216"/>
        <source>(certificate given)</source>
        <translation>(Zertifikat angegeben)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="223"/>
        <source>Trust Anchor for the ACME Server</source>
        <translation>Vertrauensanker für den ACME-Server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="224"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="229"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="234"/>
        <source>%1 holds no PEM certificate.</source>
        <translation>%1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="275"/>
        <source>Reading the CA&apos;s directory at %1…</source>
        <translation>Verzeichnis der CA unter %1 wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="303"/>
        <source>The CA publishes no terms of service.</source>
        <translation>Die CA veröffentlicht keine Nutzungsbedingungen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="305"/>
        <source>The CA asks you to agree to its terms: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Die CA bittet um Zustimmung zu ihren Bedingungen: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="309"/>
        <source>Not known until the CA&apos;s directory can be read.</source>
        <translation>Unbekannt, bis das Verzeichnis der CA gelesen werden kann.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="310"/>
        <source>The CA&apos;s directory could not be read: %1</source>
        <translation>Das Verzeichnis der CA konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="322"/>
        <source>Enter the CA&apos;s directory URL.</source>
        <translation>Geben Sie die Verzeichnis-URL der CA ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="324"/>
        <source>The directory URL must start with https://.</source>
        <translation>Die Verzeichnis-URL muss mit https:// beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="327"/>
        <source>Reading the CA&apos;s directory…</source>
        <translation>Verzeichnis der CA wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="328"/>
        <source>The CA&apos;s directory could not be read.</source>
        <translation>Das Verzeichnis der CA konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="332"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="336"/>
        <source>This CA needs the external account binding: enter the key id and the HMAC key.</source>
        <translation>Diese CA verlangt die externe Kontobindung: Geben Sie Schlüssel-ID und HMAC-Schlüssel ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="340"/>
        <source>The HMAC key is not base64url text.</source>
        <translation>Der HMAC-Schlüssel ist kein base64url-Text.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="343"/>
        <source>Agree to the CA&apos;s terms of service to create the account.</source>
        <translation>Stimmen Sie den Nutzungsbedingungen der CA zu, um das Konto anzulegen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="371"/>
        <source>Shown once the CA&apos;s directory has been read.</source>
        <translation>Erscheint, sobald das Verzeichnis der CA gelesen ist.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmeaccountdialog.cpp" line="387"/>
        <source>Creating the account at the CA…</source>
        <translation>Konto wird bei der CA angelegt…</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeAccountsModel</name>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="60"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="62"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="64"/>
        <source>Revoked by the CA</source>
        <translation>Von der CA gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="90"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="109"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="111"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="113"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="115"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="117"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/acmeaccountsmodel.cpp" line="119"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeAccountsPage</name>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="43"/>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="46"/>
        <source>ACME account actions</source>
        <translation>Aktionen für ACME-Konten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="62"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="77"/>
        <source>ACME accounts</source>
        <translation>ACME-Konten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="108"/>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="127"/>
        <source>No ACME accounts yet</source>
        <translation>Noch keine ACME-Konten</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="133"/>
        <source>An ACME account lets certdesk request and renew certificates from a public CA such as Let&apos;s Encrypt, validating your names over HTTP or DNS.</source>
        <translation>Mit einem ACME-Konto beantragt und erneuert certdesk Zertifikate bei einer öffentlichen CA wie Let&apos;s Encrypt und validiert Ihre Namen über HTTP oder DNS.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="140"/>
        <source>Add ACME Account…</source>
        <translation>ACME-Konto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="200"/>
        <source>The ACME accounts could not be read: %1</source>
        <translation>Die ACME-Konten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="232"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="233"/>
        <source>CA</source>
        <translation>CA</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="234"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="235"/>
        <source>Account URL</source>
        <translation>Konto-URL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="236"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="236"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="237"/>
        <source>Account key</source>
        <translation>Kontoschlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="238"/>
        <source>Terms of service</source>
        <translation>Nutzungsbedingungen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="240"/>
        <source>%1, agreed %2</source>
        <translation>%1, zugestimmt %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="241"/>
        <source>External binding</source>
        <translation>Externe Bindung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="241"/>
        <source>key id %1</source>
        <translation>Schlüssel-ID %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="242"/>
        <source>Extra trust anchor</source>
        <translation>Zusätzlicher Vertrauensanker</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="242"/>
        <source>yes (for the server&apos;s TLS certificate)</source>
        <translation>ja (für das TLS-Zertifikat des Servers)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="243"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/acmeaccountspage.cpp" line="244"/>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeOrderView</name>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="28"/>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="81"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="50"/>
        <source>Validating</source>
        <translation>Validierung läuft</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="56"/>
        <source>Names and their validation</source>
        <translation>Namen und ihre Validierung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="57"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="57"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="57"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="61"/>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="199"/>
        <source>Answering the challenge…</source>
        <translation>Challenge wird beantwortet…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="66"/>
        <source>Create these DNS records</source>
        <translation>Diese DNS-Einträge anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="68"/>
        <source>Create each TXT record at your DNS provider, wait until it is published, then press the button. certdesk checks that the records can be seen before the CA looks.</source>
        <translation>Legen Sie jeden TXT-Eintrag bei Ihrem DNS-Anbieter an, warten Sie, bis er veröffentlicht ist, und drücken Sie dann die Schaltfläche. certdesk prüft, ob die Einträge sichtbar sind, bevor die CA nachsieht.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="75"/>
        <source>TXT records to create</source>
        <translation>Anzulegende TXT-Einträge</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="76"/>
        <source>Record name (TXT)</source>
        <translation>Eintragsname (TXT)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="76"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="96"/>
        <source>Copy &amp;All as Zone Lines</source>
        <translation>&amp;Alle als Zonenzeilen kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="98"/>
        <source>The Records Exist — &amp;Validate Now</source>
        <translation>Die Einträge sind da — jetzt &amp;validieren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="123"/>
        <source>Checking that the records can be seen…</source>
        <translation>Sichtbarkeit der Einträge wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="139"/>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="145"/>
        <source>Generating the key and placing the order…</source>
        <translation>Schlüssel wird erzeugt und Auftrag erteilt…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="197"/>
        <source>The order is placed; answering the CA&apos;s challenges…</source>
        <translation>Der Auftrag ist erteilt; die Challenges der CA werden beantwortet…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="201"/>
        <source>Validating…</source>
        <translation>Wird validiert…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="202"/>
        <source>The CA is checking the names…</source>
        <translation>Die CA prüft die Namen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="204"/>
        <source>✓ Valid</source>
        <translation>✓ Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="206"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="209"/>
        <source>Every name is validated; the CA is signing the certificate…</source>
        <translation>Alle Namen sind validiert; die CA signiert das Zertifikat…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="211"/>
        <source>Downloading the certificate…</source>
        <translation>Zertifikat wird heruntergeladen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="213"/>
        <source>Storing the certificate…</source>
        <translation>Zertifikat wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="224"/>
        <source>%1 (through the CNAME at %2)</source>
        <translation>%1 (über den CNAME bei %2)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="226"/>
        <source>Copy the record name</source>
        <translation>Den Eintragsnamen kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="227"/>
        <source>Copy the value</source>
        <translation>Den Wert kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="229"/>
        <source>Waiting for the record</source>
        <translation>Wartet auf den Eintrag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="229"/>
        <source>TXT record at %1</source>
        <translation>TXT-Eintrag bei %1</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="234"/>
        <source>Waiting for you: create the DNS records below.</source>
        <translation>Wartet auf Sie: Legen Sie die DNS-Einträge unten an.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="240"/>
        <source>Cancelling the order…</source>
        <translation>Auftrag wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="249"/>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="249"/>
        <source>The order ended without a certificate.</source>
        <translation>Der Auftrag endete ohne Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/acmeorderview.cpp" line="255"/>
        <source>Not validated</source>
        <translation>Nicht validiert</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeProgressPage</name>
    <message>
        <location filename="../../ui/wizards/acmeprogresspage.cpp" line="10"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmeprogresspage.cpp" line="11"/>
        <source>The CA checks each name, then signs the certificate. This takes seconds to a few minutes.</source>
        <translation>Die CA prüft jeden Namen und signiert dann das Zertifikat. Das dauert Sekunden bis wenige Minuten.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeRenewDialog</name>
    <message>
        <location filename="../../ui/dialogs/acmerenewdialog.cpp" line="30"/>
        <source>Renew %1</source>
        <translation>%1 erneuern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmerenewdialog.cpp" line="35"/>
        <source>The current certificate stays in use until the new one is issued (it is valid until %1).</source>
        <translation>Das aktuelle Zertifikat bleibt in Gebrauch, bis das neue ausgestellt ist (es ist gültig bis %1).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmerenewdialog.cpp" line="39"/>
        <source>%1 is validated with DNS records made by hand. The CA checks each name again: create the TXT records shown below when they appear, then press the button. %2</source>
        <translation>%1 wird mit von Hand angelegten DNS-Einträgen validiert. Die CA prüft jeden Namen erneut: Legen Sie die unten gezeigten TXT-Einträge an, sobald sie erscheinen, und drücken Sie dann die Schaltfläche. %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmerenewdialog.cpp" line="58"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/acmerenewdialog.cpp" line="72"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::AcmeValidationPage</name>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="53"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="54"/>
        <source>How the CA checks that the names are yours. The settings are kept: every renewal validates the same way.</source>
        <translation>Wie die CA prüft, dass die Namen Ihnen gehören. Die Einstellungen bleiben erhalten: Jede Erneuerung validiert genauso.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="60"/>
        <source>&amp;HTTP: the CA fetches a file from each name&apos;s web server (port 80)</source>
        <translation>&amp;HTTP: Die CA holt eine Datei vom Webserver jedes Namens (Port 80)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="61"/>
        <source>D&amp;NS: a TXT record under each name; works for wildcards and hosts the CA cannot reach</source>
        <translation>D&amp;NS: ein TXT-Eintrag unter jedem Namen; geht für Platzhalter und für Hosts, die die CA nicht erreicht</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="69"/>
        <source>certdesk answers &amp;itself, listening on:</source>
        <translation>certdesk antwortet &amp;selbst und lauscht auf:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="70"/>
        <source>Write the answer into a &amp;web root folder:</source>
        <translation>Die Antwort in einen &amp;Web-Root-Ordner schreiben:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="74"/>
        <source>Responder address and port</source>
        <translation>Adresse und Port des Responders</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="76"/>
        <source>Web root folder</source>
        <translation>Web-Root-Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="77"/>
        <source>/var/www/html</source>
        <translation>/var/www/html</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="78"/>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="85"/>
        <source>The responder needs the port the CA connects to (80) on this machine, or a forward to it. A web root suits a web server already running here.</source>
        <translation>Der Responder braucht den Port, mit dem sich die CA verbindet (80), auf diesem Rechner oder eine Weiterleitung dorthin. Ein Web-Root passt zu einem Webserver, der hier schon läuft.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="96"/>
        <source>I create the records &amp;by hand (certdesk shows them while the request runs)</source>
        <translation>Ich lege die Einträge &amp;von Hand an (certdesk zeigt sie während des Antrags)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="97"/>
        <source>certdesk &amp;updates the DNS server (RFC 2136 dynamic update with a TSIG key)</source>
        <translation>certdesk &amp;aktualisiert den DNS-Server (dynamisches Update nach RFC 2136 mit TSIG-Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="107"/>
        <source>DNS server</source>
        <translation>DNS-Server</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="108"/>
        <source>IP address and port, e.g. 192.0.2.53:53</source>
        <translation>IP-Adresse und Port, z. B. 192.0.2.53:53</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="109"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="113"/>
        <source>TSIG key file</source>
        <translation>TSIG-Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="114"/>
        <source>a key file as tsig-keygen or dnssec-keygen writes it</source>
        <translation>eine Schlüsseldatei, wie tsig-keygen oder dnssec-keygen sie schreibt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="115"/>
        <source>Choose &amp;Key…</source>
        <translation>Schlüssel &amp;wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="119"/>
        <source>TSIG &amp;key:</source>
        <translation>TSIG-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="125"/>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="126"/>
        <source>optional: found from the names</source>
        <translation>optional: wird aus den Namen ermittelt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="127"/>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="134"/>
        <source>Resolver to check through</source>
        <translation>Resolver für die Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="135"/>
        <source>optional: HOST:PORT (else the zone&apos;s own servers)</source>
        <translation>optional: HOST:PORT (sonst die Server der Zone)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="136"/>
        <source>&amp;Check through:</source>
        <translation>&amp;Prüfen über:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="138"/>
        <source>CNAME delegation zone</source>
        <translation>Zone für CNAME-Delegation</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="139"/>
        <source>optional: acme.example.net — the records go there, through a CNAME</source>
        <translation>optional: acme.example.net — die Einträge landen dort, über einen CNAME</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="140"/>
        <source>&amp;Delegate to:</source>
        <translation>&amp;Delegieren an:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="143"/>
        <source>CNAMEs to create once</source>
        <translation>Einmal anzulegende CNAMEs</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="144"/>
        <source>Create once: CNAME at</source>
        <translation>Einmal anlegen: CNAME bei</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="144"/>
        <source>pointing to</source>
        <translation>zeigt auf</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="150"/>
        <source>Co&amp;py CNAMEs</source>
        <translation>CNAMEs &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="152"/>
        <source>Copy the CNAME records as zone file lines</source>
        <translation>Die CNAME-Einträge als Zonendatei-Zeilen kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="173"/>
        <source>Web Root Folder</source>
        <translation>Web-Root-Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="179"/>
        <source>TSIG Key File</source>
        <translation>TSIG-Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="180"/>
        <source>Key files (*.key *.conf);;All files (*)</source>
        <translation>Schlüsseldateien (*.key *.conf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="203"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="205"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="272"/>
        <source>Key %1 (%2)</source>
        <translation>Schlüssel %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="274"/>
        <source>No key chosen.</source>
        <translation>Kein Schlüssel gewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="284"/>
        <source>A wildcard name can only be validated over DNS.</source>
        <translation>Ein Platzhaltername lässt sich nur über DNS validieren.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="296"/>
        <source>The names include a wildcard: choose DNS validation.</source>
        <translation>Die Namen enthalten einen Platzhalter: Wählen Sie die DNS-Validierung.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="298"/>
        <source>Choose the web root folder.</source>
        <translation>Wählen Sie den Web-Root-Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="301"/>
        <source>Enter the DNS server that takes the updates (HOST:PORT).</source>
        <translation>Geben Sie den DNS-Server ein, der die Updates annimmt (HOST:PORT).</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/acmevalidationpage.cpp" line="305"/>
        <source>Choose the TSIG key file for the updates.</source>
        <translation>Wählen Sie die TSIG-Schlüsseldatei für die Updates.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ActivityPage</name>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="32"/>
        <source>Event kind filter</source>
        <translation>Filter nach Ereignisart</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="36"/>
        <source>Certificate: id, fingerprint or part of its name</source>
        <translation>Zertifikat: ID, Fingerabdruck oder Teil des Namens</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="37"/>
        <source>Certificate filter</source>
        <translation>Filter nach Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="38"/>
        <source>Clear the certificate filter</source>
        <translation>Zertifikatsfilter leeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="61"/>
        <source>Activity log</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="88"/>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="130"/>
        <source>Cannot read the activity log: %1</source>
        <translation>Das Aktivitätsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="132"/>
        <source>Nothing has happened in this inventory yet.</source>
        <translation>In diesem Inventar ist noch nichts geschehen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="132"/>
        <source>No events match.</source>
        <translation>Keine passenden Ereignisse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activitypage.cpp" line="134"/>
        <source>The newest %Ln events; scroll for older ones.</source>
        <translation>
            <numerusform>Das neueste %Ln Ereignis; ältere beim Blättern.</numerusform>
            <numerusform>Die neuesten %Ln Ereignisse; ältere beim Blättern.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/activitypage.cpp" line="136"/>
        <source>%Ln events, newest first.</source>
        <translation>
            <numerusform>%Ln Ereignis.</numerusform>
            <numerusform>%Ln Ereignisse, die neuesten zuerst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/activitypage.cpp" line="136"/>
        <source>1 event.</source>
        <translation>1 Ereignis.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CaActions</name>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="69"/>
        <source>&amp;New CA…</source>
        <translation>&amp;Neue CA…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="70"/>
        <source>&amp;Issue Certificate…</source>
        <translation>Zertifikat &amp;ausstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="72"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="77"/>
        <source>Release &amp;Hold</source>
        <translation>Sperre a&amp;ufheben</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="82"/>
        <source>&amp;Generate CRL</source>
        <translation>CRL &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="98"/>
        <source>Export CA &amp;Certificate…</source>
        <translation>CA-&amp;Zertifikat exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="99"/>
        <source>Export the CA Certificate</source>
        <translation>CA-Zertifikat exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="100"/>
        <source>PEM certificate (*.pem *.crt);;DER certificate (*.der *.cer)</source>
        <translation>PEM-Zertifikat (*.pem *.crt);;DER-Zertifikat (*.der *.cer)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="101"/>
        <source>E&amp;xport Chain…</source>
        <translation>&amp;Kette exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="102"/>
        <source>Export the CA Chain</source>
        <translation>CA-Kette exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="102"/>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>PEM-Zertifikate (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="104"/>
        <source>Export C&amp;SR…</source>
        <translation>CS&amp;R exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="105"/>
        <source>Export the Certificate Signing Request</source>
        <translation>Zertifikatsanforderung exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="106"/>
        <source>Certificate signing request (*.csr *.pem)</source>
        <translation>Zertifikatsanforderung (*.csr *.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="107"/>
        <source>Ins&amp;tall Certificate…</source>
        <translation>Zertifikat &amp;installieren…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="112"/>
        <source>Install the Signed CA Certificate</source>
        <translation>Signiertes CA-Zertifikat installieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="113"/>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="117"/>
        <source>&amp;Audit Report…</source>
        <translation>&amp;Prüfbericht…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="121"/>
        <source>Save the Audit Report</source>
        <translation>Prüfbericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="122"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="126"/>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="130"/>
        <source>&amp;Enable</source>
        <translation>Ak&amp;tivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="134"/>
        <source>De&amp;lete CA…</source>
        <translation>CA &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="142"/>
        <source>Rest&amp;ore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="147"/>
        <source>Create a root or subordinate CA (%1)</source>
        <translation>Eine Stamm- oder untergeordnete CA anlegen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="149"/>
        <source>Issue a certificate from the selected CA (%1)</source>
        <translation>Ein Zertifikat von der ausgewählten CA ausstellen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="151"/>
        <source>Revoke the selected certificate (%1)</source>
        <translation>Das ausgewählte Zertifikat widerrufen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="153"/>
        <source>Make a certificate on hold valid again</source>
        <translation>Ein gesperrtes Zertifikat wieder gültig machen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="154"/>
        <source>Sign and publish the next CRL of the selected CA (%1)</source>
        <translation>Die nächste CRL der ausgewählten CA signieren und veröffentlichen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="156"/>
        <source>Save the CA certificate and its issuers as PEM (%1)</source>
        <translation>Das CA-Zertifikat und seine Aussteller als PEM speichern (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="158"/>
        <source>Save the CSR to have the CA signed by an external CA</source>
        <translation>Die Zertifikatsanforderung speichern, um die CA von einer externen CA signieren zu lassen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="159"/>
        <source>Install the certificate the external CA signed</source>
        <translation>Das von der externen CA signierte Zertifikat installieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="160"/>
        <source>Save every use of the CA&apos;s key as CSV or JSON</source>
        <translation>Jede Verwendung des CA-Schlüssels als CSV oder JSON speichern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="161"/>
        <source>Stop issuing from the CA; revocation and CRLs go on</source>
        <translation>Die CA stellt nichts mehr aus; Widerruf und CRLs laufen weiter</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="162"/>
        <source>Delete the CA; it can be restored for up to 30 days</source>
        <translation>Die CA löschen; sie kann bis zu 30 Tage lang wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="228"/>
        <location filename="../../ui/commands/caactions.cpp" line="354"/>
        <source>Another private CA operation is still running.</source>
        <translation>Ein anderer Vorgang der privaten CAs läuft noch.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="250"/>
        <source>Private CAs</source>
        <translation>Private CAs</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="259"/>
        <source>%1: cancelled, no master password was given.</source>
        <translation>%1: abgebrochen, es wurde kein Master-Passwort eingegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="261"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="274"/>
        <source>Generating the key and the CSR of %1…</source>
        <translation>Schlüssel und Zertifikatsanforderung von %1 werden erzeugt…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="275"/>
        <source>Generating the key of %1 and signing its certificate…</source>
        <translation>Schlüssel von %1 wird erzeugt und sein Zertifikat signiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="287"/>
        <location filename="../../ui/commands/caactions.cpp" line="329"/>
        <source>no master password was given.</source>
        <translation>es wurde kein Master-Passwort eingegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="291"/>
        <source>The CA was not created: %1</source>
        <translation>Die CA wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="299"/>
        <source>Created %1: export its CSR and have it signed.</source>
        <translation>%1 angelegt: Exportieren Sie die Zertifikatsanforderung und lassen Sie sie signieren.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="300"/>
        <source>Created the CA %1.</source>
        <translation>Die CA %1 wurde angelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="316"/>
        <source>Signing the certificate…</source>
        <translation>Zertifikat wird signiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="317"/>
        <source>Generating a %1 key and signing the certificate…</source>
        <translation>%1-Schlüssel wird erzeugt und das Zertifikat signiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="333"/>
        <source>Nothing was issued: %1</source>
        <translation>Es wurde nichts ausgestellt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="341"/>
        <source>Issued %1 (serial %2) from %3, valid until %4.</source>
        <translation>%1 (Seriennummer %2) von %3 ausgestellt, gültig bis %4.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="359"/>
        <source>This certificate was not issued by a certdesk CA: revoke it where it was issued.</source>
        <translation>Dieses Zertifikat wurde nicht von einer certdesk-CA ausgestellt: Widerrufen Sie es dort, wo es ausgestellt wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="369"/>
        <source>Serial %1 · %2 · issued by %3</source>
        <translation>Seriennummer %1 · %2 · ausgestellt von %3</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="379"/>
        <source>Revoke failed: %1</source>
        <translation>Widerruf fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="383"/>
        <source>Releasing the hold and signing a new CRL…</source>
        <translation>Sperre wird aufgehoben und eine neue CRL signiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="383"/>
        <source>Revoking and signing a new CRL…</source>
        <translation>Widerruf und Signieren einer neuen CRL…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="396"/>
        <source>Release hold</source>
        <translation>Sperre aufheben</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="396"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="401"/>
        <source>Released the hold on serial %1; CRL #%2 published.</source>
        <translation>Sperre von Seriennummer %1 aufgehoben; CRL #%2 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="402"/>
        <source>Revoked serial %1 (%2); CRL #%3 published.</source>
        <translation>Seriennummer %1 widerrufen (%2); CRL #%3 veröffentlicht.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="415"/>
        <source>Refreshing CRLs that are due…</source>
        <translation>Fällige CRLs werden erneuert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="428"/>
        <source>Refresh CRLs</source>
        <translation>CRLs erneuern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/caactions.cpp" line="432"/>
        <source>%n CRL(s) refreshed before they ran out.</source>
        <translation>
            <numerusform>%n CRL vor ihrem Ablauf erneuert.</numerusform>
            <numerusform>%n CRLs vor ihrem Ablauf erneuert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="438"/>
        <source>Signing the CRL…</source>
        <translation>CRL wird signiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="453"/>
        <source>Generate CRL</source>
        <translation>CRL erzeugen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="457"/>
        <source>CRL #%1 of %2 signed; next update %3.</source>
        <translation>CRL #%1 von %2 signiert; nächste Aktualisierung %3.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="465"/>
        <location filename="../../ui/commands/caactions.cpp" line="482"/>
        <location filename="../../ui/commands/caactions.cpp" line="503"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="475"/>
        <location filename="../../ui/commands/caactions.cpp" line="496"/>
        <location filename="../../ui/commands/caactions.cpp" line="510"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="476"/>
        <source>Saved the CA certificate to %1.</source>
        <translation>Das CA-Zertifikat wurde unter %1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/caactions.cpp" line="497"/>
        <source>Saved the chain (%n certificates) to %1.</source>
        <translation>
            <numerusform>Die Kette (%n Zertifikat) wurde unter %1 gespeichert.</numerusform>
            <numerusform>Die Kette (%n Zertifikate) wurde unter %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="511"/>
        <source>Saved the CSR to %1: have it signed, then install the certificate.</source>
        <translation>Die Zertifikatsanforderung wurde unter %1 gespeichert: Lassen Sie sie signieren und installieren Sie dann das Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="517"/>
        <source>Installing the CA certificate…</source>
        <translation>CA-Zertifikat wird installiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="531"/>
        <source>Install certificate</source>
        <translation>Zertifikat installieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="534"/>
        <source>Installed the certificate of %1: it is active.</source>
        <translation>Das Zertifikat von %1 ist installiert: Die CA ist aktiv.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="542"/>
        <source>Writing the audit report…</source>
        <translation>Prüfbericht wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="549"/>
        <source>Audit report</source>
        <translation>Prüfbericht</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="550"/>
        <source>Saved the audit report to %1.</source>
        <translation>Der Prüfbericht wurde unter %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="556"/>
        <source>Enabling…</source>
        <translation>Wird aktiviert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="556"/>
        <source>Disabling…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="568"/>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="568"/>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="571"/>
        <source>%1 is enabled: it issues certificates again.</source>
        <translation>%1 ist aktiviert: Die CA stellt wieder Zertifikate aus.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="572"/>
        <source>%1 is disabled: it issues nothing until enabled.</source>
        <translation>%1 ist deaktiviert: Die CA stellt nichts aus, bis sie aktiviert wird.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="578"/>
        <source>Deleting…</source>
        <translation>Wird gelöscht…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="597"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="600"/>
        <source>Deleted %1; it can be restored until %2.</source>
        <translation>%1 gelöscht; die CA kann bis %2 wiederhergestellt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="607"/>
        <source>Restoring…</source>
        <translation>Wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="618"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="622"/>
        <source>Restored %1; it is disabled: enable it to issue again.</source>
        <translation>%1 wiederhergestellt; die CA ist deaktiviert: Aktivieren Sie sie, um wieder auszustellen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/caactions.cpp" line="623"/>
        <source>Restored %1.</source>
        <translation>%1 wiederhergestellt.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CaCommand</name>
    <message>
        <location filename="../../ui/commands/cacommand.cpp" line="48"/>
        <source>Wrong master password. Try again.</source>
        <translation>Falsches Master-Passwort. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CaDetailsView</name>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="84"/>
        <source>Select a CA to see its details.</source>
        <translation>Wählen Sie eine CA aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="210"/>
        <source>Root CA</source>
        <translation>Stamm-CA</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="212"/>
        <source>Subordinate CA, signed by an external CA</source>
        <translation>Untergeordnete CA, signiert von einer externen CA</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="214"/>
        <source>Subordinate CA of %1</source>
        <translation>Untergeordnete CA von %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="214"/>
        <source>a CA no longer in certdesk</source>
        <translation>einer CA, die nicht mehr in certdesk ist</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="215"/>
        <source>%1 · created %2</source>
        <translation>%1 · angelegt %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="219"/>
        <source>Waiting for its certificate. Export the CSR, have the external CA sign it, then install the certificate it returns.</source>
        <translation>Wartet auf ihr Zertifikat. Exportieren Sie die Zertifikatsanforderung, lassen Sie sie von der externen CA signieren und installieren Sie dann das zurückgegebene Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="224"/>
        <source>Disabled: it issues no certificates. Revocation and CRLs go on.</source>
        <translation>Deaktiviert: Die CA stellt keine Zertifikate aus. Widerruf und CRLs laufen weiter.</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="227"/>
        <source>Deleted on %1. It can be restored until %2; then it is purged and its key destroyed.</source>
        <translation>Gelöscht am %1. Die CA kann bis %2 wiederhergestellt werden; danach wird sie endgültig entfernt und ihr Schlüssel vernichtet.</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="232"/>
        <source>Its certificate expired on %1: it issues nothing. Create a new CA to go on issuing.</source>
        <translation>Ihr Zertifikat ist am %1 abgelaufen: Die CA stellt nichts mehr aus. Legen Sie eine neue CA an, um weiter auszustellen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/cadetailsview.cpp" line="237"/>
        <source>Its certificate expires in %n days; certificates it issues cannot outlive it.</source>
        <translation>
            <numerusform>Ihr Zertifikat läuft in %n Tag ab; die ausgestellten Zertifikate können nicht länger gültig sein.</numerusform>
            <numerusform>Ihr Zertifikat läuft in %n Tagen ab; die ausgestellten Zertifikate können nicht länger gültig sein.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="246"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="247"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="248"/>
        <source>From this CA up to its root</source>
        <translation>Von dieser CA bis zu ihrer Stamm-CA</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="249"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="249"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="250"/>
        <source>Key algorithm and the signature algorithm it signs with</source>
        <translation>Schlüsseltyp und der Signaturalgorithmus, mit dem die CA signiert</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="256"/>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="265"/>
        <location filename="../../ui/details/cadetailsview.cpp" line="267"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="267"/>
        <source>when the external CA signs it</source>
        <translation>sobald die externe CA sie signiert</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="269"/>
        <source>Path length</source>
        <translation>Pfadlänge</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="269"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="276"/>
        <source>DNS %1</source>
        <translation>DNS %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="277"/>
        <source>not DNS %1</source>
        <translation>nicht DNS %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="278"/>
        <source>IP %1</source>
        <translation>IP %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="279"/>
        <source>not IP %1</source>
        <translation>nicht IP %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="280"/>
        <source>e-mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="281"/>
        <source>not e-mail %1</source>
        <translation>nicht E-Mail %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="282"/>
        <source>Name constraints</source>
        <translation>Namenseinschränkungen</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="282"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="285"/>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/cadetailsview.cpp" line="285"/>
        <source>%n certificates</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/cadetailsview.cpp" line="287"/>
        <source>%n revoked</source>
        <translation>
            <numerusform>%n widerrufen</numerusform>
            <numerusform>%n widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="289"/>
        <source>short-lived only</source>
        <translation>nur kurzlebige</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="290"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="294"/>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="297"/>
        <source>#%1 · next update overdue since %2</source>
        <translation>#%1 · nächste Aktualisierung überfällig seit %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="298"/>
        <source>#%1 · next update %2</source>
        <translation>#%1 · nächste Aktualisierung %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="299"/>
        <source>This update %1, next update %2</source>
        <translation>Diese Aktualisierung %1, nächste Aktualisierung %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="301"/>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="302"/>
        <source>CRL lifetime</source>
        <translation>CRL-Lebensdauer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/cadetailsview.cpp" line="302"/>
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="304"/>
        <source>, published to %1</source>
        <translation>, veröffentlicht in %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="305"/>
        <source>CRL URL</source>
        <translation>CRL-URL</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="306"/>
        <source>OCSP URL</source>
        <translation>OCSP-URL</translation>
    </message>
    <message>
        <location filename="../../ui/details/cadetailsview.cpp" line="307"/>
        <source>CA issuers URL</source>
        <translation>URL der CA-Aussteller</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CaTreeModel</name>
    <message>
        <location filename="../../ui/models/catreemodel.cpp" line="160"/>
        <source>%1 · purged on %2</source>
        <translation>%1 · wird am %2 entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/models/catreemodel.cpp" line="195"/>
        <source>Signed by a CA outside certdesk</source>
        <translation>Von einer CA außerhalb von certdesk signiert</translation>
    </message>
    <message>
        <location filename="../../ui/models/catreemodel.cpp" line="197"/>
        <source>Deleted; can be restored until %1</source>
        <translation>Gelöscht; kann bis %1 wiederhergestellt werden</translation>
    </message>
    <message>
        <location filename="../../ui/models/catreemodel.cpp" line="216"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/catreemodel.cpp" line="218"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/models/catreemodel.cpp" line="220"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CertificateTableModel</name>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="296"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="325"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="325"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="344"/>
        <source>1 subject alternative name</source>
        <translation>1 alternativer Antragstellername</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/certificatetablemodel.cpp" line="344"/>
        <source>%n subject alternative names</source>
        <translation>
            <numerusform>%n alternativer Antragstellername</numerusform>
            <numerusform>%n alternative Antragstellernamen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/certificatetablemodel.cpp" line="348"/>
        <source>and %n more (see Details ▸ Names)</source>
        <translation>
            <numerusform>und %n weiterer (siehe Details ▸ Namen)</numerusform>
            <numerusform>und %n weitere (siehe Details ▸ Namen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="352"/>
        <source>Valid from %1
until %2</source>
        <translation>Gültig ab %1
bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="356"/>
        <source>Expired within the last day</source>
        <translation>Innerhalb des letzten Tages abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="358"/>
        <source>Expires within a day</source>
        <translation>Läuft innerhalb eines Tages ab</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="359"/>
        <source>Expires in 1 day</source>
        <translation>Läuft in 1 Tag ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/certificatetablemodel.cpp" line="356"/>
        <source>Expired %n days ago</source>
        <translation>
            <numerusform>Vor %n Tag abgelaufen</numerusform>
            <numerusform>Vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="315"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="316"/>
        <source>Replaced</source>
        <translation>Ersetzt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/certificatetablemodel.cpp" line="359"/>
        <source>Expires in %n days</source>
        <translation>
            <numerusform>Läuft in %n Tag ab</numerusform>
            <numerusform>Läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="367"/>
        <source>Not managed by certdesk: it is not renewed automatically</source>
        <translation>Nicht von certdesk verwaltet: es wird nicht automatisch erneuert</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="368"/>
        <source>Managed certificate mc-%1</source>
        <translation>Verwaltetes Zertifikat mc-%1</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="370"/>
        <source>Renewal is due %1</source>
        <translation>Erneuerung fällig am %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="372"/>
        <source>A newer certificate has replaced this one</source>
        <translation>Ein neueres Zertifikat hat dieses ersetzt</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="413"/>
        <source>Domain name (common name, or the first DNS name)</source>
        <translation>Domänenname (Common Name oder der erste DNS-Name)</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="415"/>
        <source>Number of subject alternative names and the first few of them</source>
        <translation>Anzahl der alternativen Antragstellernamen und die ersten davon</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="417"/>
        <source>Days until the certificate expires (negative: expired)</source>
        <translation>Tage bis zum Ablauf des Zertifikats (negativ: abgelaufen)</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="419"/>
        <source>Renewal status of a managed certificate (requested in certdesk), or when it renews</source>
        <translation>Erneuerungsstatus eines verwalteten Zertifikats (in certdesk angefordert) oder wann es erneuert wird</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="421"/>
        <source>Whether certdesk renews the certificate: the current certificate of a managed one</source>
        <translation>Ob certdesk das Zertifikat erneuert: das aktuelle Zertifikat eines verwalteten</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="423"/>
        <source>Tags (key=value)</source>
        <translation>Tags (Schlüssel=Wert)</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="425"/>
        <source>Whether the inventory holds the private key (encrypted)</source>
        <translation>Ob das Inventar den privaten Schlüssel enthält (verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="382"/>
        <source>Not in use as far as certdesk knows: no deployment writes it, no endpoint was seen serving it, no file scan found it</source>
        <translation>Soweit certdesk weiß, nicht im Einsatz: keine Bereitstellung schreibt es, kein Endpunkt liefert es aus, kein Dateiscan hat es gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="386"/>
        <source>Written by 1 deployment</source>
        <translation>Von 1 Bereitstellung geschrieben</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/certificatetablemodel.cpp" line="386"/>
        <source>Written by %n deployments</source>
        <translation>
            <numerusform>Von %n Bereitstellung geschrieben</numerusform>
            <numerusform>Von %n Bereitstellungen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="388"/>
        <source>Served by 1 endpoint</source>
        <translation>Von 1 Endpunkt ausgeliefert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/certificatetablemodel.cpp" line="388"/>
        <source>Served by %n endpoints</source>
        <translation>
            <numerusform>Von %n Endpunkt ausgeliefert</numerusform>
            <numerusform>Von %n Endpunkten ausgeliefert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="390"/>
        <source>Found in 1 file</source>
        <translation>In 1 Datei gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/certificatetablemodel.cpp" line="390"/>
        <source>Found in %n files</source>
        <translation>
            <numerusform>In %n Datei gefunden</numerusform>
            <numerusform>In %n Dateien gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="391"/>
        <source>Details ▸ Deployments lists them</source>
        <translation>Details ▸ Bereitstellungen listet sie auf</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="427"/>
        <source>Where the certificate is in use: deployments writing it, endpoints serving it, files holding it</source>
        <translation>Wo das Zertifikat im Einsatz ist: Bereitstellungen, die es schreiben, Endpunkte, die es ausliefern, Dateien, die es enthalten</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="436"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="438"/>
        <source>Additional names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="440"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="442"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="444"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="446"/>
        <source>Key algorithm</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="448"/>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="450"/>
        <source>Days left</source>
        <translation>Resttage</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="452"/>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="454"/>
        <source>Renewal eligibility</source>
        <translation>Erneuerbar</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="456"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="458"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/models/certificatetablemodel.cpp" line="460"/>
        <source>In use</source>
        <translation>Im Einsatz</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CertificateTableView</name>
    <message>
        <location filename="../../ui/views/certificatetableview.cpp" line="32"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location filename="../../ui/views/certificatetableview.cpp" line="163"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location filename="../../ui/views/certificatetableview.cpp" line="176"/>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CertificatesPage</name>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="80"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No certificates yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import certificates, chains, PKCS#12 files or keys with &lt;b&gt;File ▸ Import…&lt;/b&gt; (%1).&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Noch keine Zertifikate&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Importieren Sie Zertifikate, Ketten, PKCS#12-Dateien oder Schlüssel mit &lt;b&gt;Datei ▸ Importieren…&lt;/b&gt; (%1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="144"/>
        <source>Search names, subject, issuer, serial or fingerprint</source>
        <translation>Suche nach Namen, Antragsteller, Aussteller, Seriennummer oder Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="145"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="146"/>
        <source>Search certificates</source>
        <translation>Zertifikate durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="150"/>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="151"/>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="154"/>
        <source>Type filter</source>
        <translation>Typfilter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="155"/>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="158"/>
        <source>Key algorithm filter</source>
        <translation>Filter für Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="159"/>
        <source>Expiry filter</source>
        <translation>Ablauffilter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="160"/>
        <source>Any expiry</source>
        <translation>Jeder Ablauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificatespage.cpp" line="162"/>
        <source>Expires within %n days</source>
        <translation>
            <numerusform>Ablauf ≤ %n Tag</numerusform>
            <numerusform>Ablauf ≤ %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="163"/>
        <source>Expires within…</source>
        <translation>Ablauf binnen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="167"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="168"/>
        <source>Expires within days</source>
        <translation>Ablauf binnen Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="171"/>
        <source>Tag filter</source>
        <translation>Tag-Filter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="176"/>
        <source>Private key filter</source>
        <translation>Filter für privaten Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="177"/>
        <source>With or without key</source>
        <translation>Mit/ohne Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="178"/>
        <source>With private key</source>
        <translation>Mit Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="179"/>
        <source>Without private key</source>
        <translation>Ohne Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="186"/>
        <source>More criteria from the dashboard; click to remove them</source>
        <translation>Weitere Kriterien aus dem Dashboard; zum Entfernen klicken</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="190"/>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="191"/>
        <location filename="../../ui/pages/certificatespage.cpp" line="192"/>
        <source>Clear all filters</source>
        <translation>Alle Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="202"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="205"/>
        <source>Show or hide the details panel</source>
        <translation>Detailbereich ein- oder ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="206"/>
        <source>Details panel</source>
        <translation>Detailbereich</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="222"/>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="223"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="224"/>
        <source>Copy &amp;PEM</source>
        <translation>&amp;PEM kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="225"/>
        <source>Copy &amp;fingerprint</source>
        <translation>&amp;Fingerabdruck kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="226"/>
        <source>&amp;Tags…</source>
        <translation>&amp;Tags…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="227"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="232"/>
        <source>Re&amp;new Now</source>
        <translation>Jetzt er&amp;neuern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="236"/>
        <source>Renewal &amp;Settings…</source>
        <translation>Erneuerungs&amp;einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="240"/>
        <source>Deplo&amp;y…</source>
        <translation>Bereitstell&amp;en…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="245"/>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="246"/>
        <source>Export the selected certificates</source>
        <translation>Die ausgewählten Zertifikate exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="247"/>
        <source>Copy the SHA-256 fingerprints of the selected certificates</source>
        <translation>Die SHA-256-Fingerabdrücke der ausgewählten Zertifikate kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="248"/>
        <source>Revoke a certificate one of your private CAs issued (%1)</source>
        <translation>Ein Zertifikat widerrufen, das eine Ihrer privaten CAs ausgestellt hat (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="250"/>
        <source>Renew the selected certificate now: certdesk manages it (%1)</source>
        <translation>Das ausgewählte Zertifikat jetzt erneuern: certdesk verwaltet es (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="252"/>
        <source>When the selected managed certificate renews, and with which key</source>
        <translation>Wann das ausgewählte verwaltete Zertifikat erneuert wird und mit welchem Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="253"/>
        <source>Write the selected certificate into a folder a server reads, reload the server and check its endpoint (%1)</source>
        <translation>Das gewählte Zertifikat in einen Ordner schreiben, den ein Server liest, den Server neu laden und seinen Endpunkt prüfen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="328"/>
        <source>Any key algorithm</source>
        <translation>Jeder Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="335"/>
        <source>Any tag</source>
        <translation>Alle Tags</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="341"/>
        <location filename="../../ui/pages/certificatespage.cpp" line="396"/>
        <location filename="../../ui/pages/certificatespage.cpp" line="430"/>
        <source>%1 (any value)</source>
        <translation>%1 (beliebiger Wert)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="384"/>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="387"/>
        <source>Expires %1 – %2</source>
        <translation>Ablauf %1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="390"/>
        <source>Expires after %1</source>
        <translation>Ablauf nach %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="392"/>
        <source>Expires before %1</source>
        <translation>Ablauf vor %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="394"/>
        <source>Chain to a trusted root</source>
        <translation>Kette zu einem vertrauenswürdigen Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="394"/>
        <source>No chain to a trusted root</source>
        <translation>Keine Kette zu einem vertrauenswürdigen Stammzertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="398"/>
        <source>Remove the criteria: %1</source>
        <translation>Kriterien entfernen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="490"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificatespage.cpp" line="492"/>
        <source>%1 of %Ln certificates</source>
        <translation>
            <numerusform>%1 von %Ln Zertifikat</numerusform>
            <numerusform>%1 von %Ln Zertifikaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificatespage.cpp" line="494"/>
        <source>%Ln certificates</source>
        <translation>
            <numerusform>%Ln Zertifikat</numerusform>
            <numerusform>%Ln Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="494"/>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="593"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="593"/>
        <source>Nothing copied: %1</source>
        <translation>Nichts kopiert: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificatespage.cpp" line="596"/>
        <source>Copied the PEM of %n certificates</source>
        <translation>
            <numerusform>PEM von %n Zertifikat kopiert</numerusform>
            <numerusform>PEM von %n Zertifikaten kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificatespage.cpp" line="597"/>
        <source>Copied %n fingerprints</source>
        <translation>
            <numerusform>%n Fingerabdruck kopiert</numerusform>
            <numerusform>%n Fingerabdrücke kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificatespage.cpp" line="628"/>
        <source>Deleted %n certificates</source>
        <translation>
            <numerusform>%n Zertifikat gelöscht</numerusform>
            <numerusform>%n Zertifikate gelöscht</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="631"/>
        <source>Delete certificates</source>
        <translation>Zertifikate löschen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="632"/>
        <source>1 certificate was not deleted.</source>
        <translation>1 Zertifikat wurde nicht gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificatespage.cpp" line="633"/>
        <source>%n certificates were not deleted.</source>
        <translation>
            <numerusform>%n Zertifikat wurde nicht gelöscht.</numerusform>
            <numerusform>%n Zertifikate wurden nicht gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/certificatespage.cpp" line="643"/>
        <source>The other certificate was deleted.</source>
        <translation>Das andere Zertifikat wurde gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/certificatespage.cpp" line="644"/>
        <source>The other %n certificates were deleted.</source>
        <translation>
            <numerusform>Das andere Zertifikat wurde gelöscht (%n).</numerusform>
            <numerusform>Die anderen %n Zertifikate wurden gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ChainView</name>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="53"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="53"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="53"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="54"/>
        <source>Certificate chain</source>
        <translation>Zertifikatskette</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="104"/>
        <source>Validating the chain…</source>
        <translation>Kette wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="127"/>
        <source>The chain could not be checked: %1</source>
        <translation>Die Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="135"/>
        <source>&lt;b&gt;Valid.&lt;/b&gt; The chain leads to the trusted root %1.</source>
        <translation>&lt;b&gt;Gültig.&lt;/b&gt; Die Kette führt zum vertrauenswürdigen Stammzertifikat %1.</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="137"/>
        <source>&lt;b&gt;Not valid.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nicht gültig.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="137"/>
        <source>No path to a trusted root.</source>
        <translation>Kein Pfad zu einem vertrauenswürdigen Stammzertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="143"/>
        <source>expired %1</source>
        <translation>abgelaufen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="147"/>
        <source>Trust anchor</source>
        <translation>Vertrauensanker</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="147"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/details/chainview.cpp" line="152"/>
        <source>Valid from %1 until %2</source>
        <translation>Gültig von %1 bis %2</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::Console</name>
    <message>
        <location filename="../../ui/views/console.cpp" line="28"/>
        <source>An import is running in this inventory; open another one when it has finished.</source>
        <translation>In diesem Inventar läuft ein Import; öffnen Sie ein anderes, wenn er beendet ist.</translation>
    </message>
    <message>
        <location filename="../../ui/views/console.cpp" line="63"/>
        <source>Open Inventory</source>
        <translation>Inventar öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/views/console.cpp" line="64"/>
        <source>&lt;p&gt;&lt;b&gt;The inventory cannot be opened.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Inventar lässt sich nicht öffnen.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CountTile</name>
    <message>
        <location filename="../../ui/widgets/counttile.cpp" line="44"/>
        <source>%1: %2 — click to list them</source>
        <translation>%1: %2 – zum Auflisten klicken</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::CreateCaWizard</name>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="72"/>
        <source>New Private CA</source>
        <translation>Neue private CA</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="76"/>
        <location filename="../../ui/wizards/createcawizard.cpp" line="432"/>
        <source>&amp;Create CA</source>
        <translation>CA &amp;anlegen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="104"/>
        <source>Kind of CA</source>
        <translation>Art der CA</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="105"/>
        <source>A root CA starts a hierarchy. A subordinate CA issues the everyday certificates under a root.</source>
        <translation>Eine Stamm-CA beginnt eine Hierarchie. Eine untergeordnete CA stellt darunter die alltäglichen Zertifikate aus.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="108"/>
        <source>CA name</source>
        <translation>CA-Name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="109"/>
        <source>e.g. example-issuing-1</source>
        <translation>z. B. example-issuing-1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="111"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="112"/>
        <source>A short handle for the lists and the command line: letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>Ein kurzer Bezeichner für Listen und Kommandozeile: Buchstaben, Ziffern, „.“, „_“ und „-“.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="118"/>
        <source>&amp;Root CA</source>
        <translation>&amp;Stamm-CA</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="119"/>
        <source>&amp;Subordinate CA, signed by a certdesk CA</source>
        <translation>&amp;Untergeordnete CA, signiert von einer certdesk-CA</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="120"/>
        <source>Subordinate CA, signed by an &amp;external CA</source>
        <translation>Untergeordnete CA, signiert von einer &amp;externen CA</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="125"/>
        <source>Self-signed. Keep it for signing subordinate CAs; clients must trust it.</source>
        <translation>Selbstsigniert. Verwenden Sie sie zum Signieren untergeordneter CAs; Clients müssen ihr vertrauen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="128"/>
        <source>Parent CA</source>
        <translation>Übergeordnete CA</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="131"/>
        <source>&amp;Parent:</source>
        <translation>Über&amp;geordnet:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="141"/>
        <source>%1 (path length 0: cannot sign CAs)</source>
        <translation>%1 (Pfadlänge 0: kann keine CAs signieren)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="146"/>
        <source>certdesk signs it with the parent&apos;s key, now.</source>
        <translation>certdesk signiert sie jetzt mit dem Schlüssel der übergeordneten CA.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="148"/>
        <source>certdesk makes the key and a certificate signing request (CSR). Have the CSR signed by the other CA, then install the certificate it returns.</source>
        <translation>certdesk erzeugt den Schlüssel und eine Zertifikatsanforderung (CSR). Lassen Sie die CSR von der anderen CA signieren und installieren Sie dann das zurückgegebene Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="163"/>
        <source>Give the CA a name.</source>
        <translation>Geben Sie der CA einen Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="165"/>
        <source>The name may have letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only.</source>
        <translation>Der Name darf nur Buchstaben, Ziffern, „.“, „_“ und „-“ enthalten.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="169"/>
        <source>A deleted CA is still called %1 (it can be restored until it is purged).</source>
        <translation>Eine gelöschte CA heißt noch %1 (sie kann wiederhergestellt werden, bis sie entfernt wird).</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="170"/>
        <source>There is a CA called %1 already.</source>
        <translation>Es gibt bereits eine CA namens %1.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="174"/>
        <source>No active CA can sign it: create a root CA first, or choose an external CA.</source>
        <translation>Keine aktive CA kann sie signieren: Legen Sie zuerst eine Stamm-CA an oder wählen Sie eine externe CA.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="176"/>
        <source>Choose the parent CA.</source>
        <translation>Wählen Sie die übergeordnete CA.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="185"/>
        <location filename="../../ui/wizards/createcawizard.cpp" line="524"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="186"/>
        <source>The CA&apos;s key pair is made by certdesk and kept encrypted in the inventory&apos;s key store.</source>
        <translation>Das Schlüsselpaar der CA erzeugt certdesk; es wird verschlüsselt im Schlüsselspeicher des Inventars aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="189"/>
        <source>Key algorithm</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="194"/>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="195"/>
        <source>&amp;Key algorithm:</source>
        <translation>&amp;Schlüsseltyp:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="196"/>
        <source>&amp;Signature algorithm:</source>
        <translation>Si&amp;gnaturalgorithmus:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="203"/>
        <source>This key algorithm cannot sign.</source>
        <translation>Mit diesem Schlüsseltyp kann nicht signiert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="212"/>
        <source>Subject and Validity</source>
        <translation>Antragsteller und Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="213"/>
        <source>The name certificates show as their issuer, and how long the CA&apos;s own certificate is valid.</source>
        <translation>Der Name, den Zertifikate als Aussteller zeigen, und wie lange das eigene Zertifikat der CA gültig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="217"/>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="235"/>
        <source>Constraints</source>
        <translation>Einschränkungen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="236"/>
        <source>What the CA may sign: how many CA levels below it, and which names.</source>
        <translation>Was die CA signieren darf: wie viele CA-Ebenen darunter und welche Namen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="238"/>
        <source>Limit the &amp;path length to</source>
        <translation>&amp;Pfadlänge begrenzen auf</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="241"/>
        <location filename="../../ui/wizards/createcawizard.cpp" line="528"/>
        <source>Path length</source>
        <translation>Pfadlänge</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="242"/>
        <source> CA levels below</source>
        <translation> CA-Ebenen darunter</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="247"/>
        <source>0: the CA issues end-entity certificates only. Without a limit it may sign subordinate CAs at any depth.</source>
        <translation>0: Die CA stellt nur Endzertifikate aus. Ohne Begrenzung darf sie untergeordnete CAs in beliebiger Tiefe signieren.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="253"/>
        <source>Name constraints (optional)</source>
        <translation>Namenseinschränkungen (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="263"/>
        <source>Permitted DNS domains</source>
        <translation>Erlaubte DNS-Domänen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="263"/>
        <source>internal.example, corp.example</source>
        <translation>internal.example, corp.example</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="264"/>
        <source>Excluded DNS domains</source>
        <translation>Ausgeschlossene DNS-Domänen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="264"/>
        <source>public.internal.example</source>
        <translation>public.internal.example</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="265"/>
        <source>Permitted IP ranges</source>
        <translation>Erlaubte IP-Bereiche</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="265"/>
        <source>10.0.0.0/8, fd00::/8</source>
        <translation>10.0.0.0/8, fd00::/8</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="266"/>
        <source>Excluded IP ranges</source>
        <translation>Ausgeschlossene IP-Bereiche</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="266"/>
        <source>10.99.0.0/16</source>
        <translation>10.99.0.0/16</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="267"/>
        <source>Permitted e-mail</source>
        <translation>Erlaubte E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="267"/>
        <source>example.com, .example.com</source>
        <translation>example.com, .example.com</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="268"/>
        <source>Excluded e-mail</source>
        <translation>Ausgeschlossene E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="268"/>
        <source>guest.example.com</source>
        <translation>guest.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="269"/>
        <source>Permitted &amp;DNS:</source>
        <translation>Erlaubtes &amp;DNS:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="270"/>
        <source>E&amp;xcluded DNS:</source>
        <translation>Ausgeschlossenes DN&amp;S:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="271"/>
        <source>Permitted &amp;IP:</source>
        <translation>Erlaubte &amp;IP:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="272"/>
        <source>Excluded I&amp;P:</source>
        <translation>Ausgeschlossene I&amp;P:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="273"/>
        <source>Permitted &amp;e-mail:</source>
        <translation>Erlaubte &amp;E-Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="274"/>
        <source>Excluded e-&amp;mail:</source>
        <translation>Ausgeschlossene E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="275"/>
        <source>Separate entries with commas. A domain covers the names below it; IP ranges are CIDR. Certificates with other names are refused.</source>
        <translation>Trennen Sie Einträge mit Kommas. Eine Domäne umfasst die Namen darunter; IP-Bereiche in CIDR-Schreibweise. Zertifikate mit anderen Namen werden abgelehnt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="279"/>
        <source>Short-&amp;lived certificates only (at most 7 days)</source>
        <translation>Nur &amp;kurzlebige Zertifikate (höchstens 7 Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="281"/>
        <source>For certificates renewed automatically: they expire before a revocation would matter.</source>
        <translation>Für automatisch erneuerte Zertifikate: Sie laufen ab, bevor ein Widerruf eine Rolle spielt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="297"/>
        <source>%1: &quot;%2&quot; is not a domain.</source>
        <translation>%1: „%2“ ist keine Domäne.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="303"/>
        <source>%1: &quot;%2&quot; is not an IP range such as 10.0.0.0/8.</source>
        <translation>%1: „%2“ ist kein IP-Bereich wie 10.0.0.0/8.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="309"/>
        <source>%1: &quot;%2&quot; is not a mailbox, host or domain.</source>
        <translation>%1: „%2“ ist weder Postfach noch Host noch Domäne.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="318"/>
        <source>Revocation and Distribution</source>
        <translation>Widerruf und Verteilung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="319"/>
        <source>Where clients find the CRL, the OCSP responder and the CA&apos;s certificate. Issued certificates carry these addresses.</source>
        <translation>Wo Clients die CRL, den OCSP-Responder und das Zertifikat der CA finden. Ausgestellte Zertifikate enthalten diese Adressen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="328"/>
        <source>CRL distribution point</source>
        <translation>CRL-Verteilungspunkt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="328"/>
        <source>http://pki.example.com/crl/issuing.crl</source>
        <translation>http://pki.example.com/crl/issuing.crl</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="329"/>
        <source>OCSP responder</source>
        <translation>OCSP-Responder</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="329"/>
        <source>http://ocsp.example.com</source>
        <translation>http://ocsp.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="330"/>
        <source>CA issuers</source>
        <translation>CA-Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="330"/>
        <source>http://pki.example.com/ca/issuing.crt</source>
        <translation>http://pki.example.com/ca/issuing.crt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="331"/>
        <source>C&amp;RL URL:</source>
        <translation>C&amp;RL-URL:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="332"/>
        <source>&amp;OCSP URL:</source>
        <translation>&amp;OCSP-URL:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="333"/>
        <source>CA &amp;issuers URL:</source>
        <translation>URL der CA-&amp;Aussteller:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="334"/>
        <source>Optional. http, https or ldap addresses; certdesk-cli ca serve answers them.</source>
        <translation>Optional. http-, https- oder ldap-Adressen; certdesk-cli ca serve beantwortet sie.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="338"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="339"/>
        <source>CRL lifetime</source>
        <translation>CRL-Lebensdauer</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="340"/>
        <source>CRL &amp;lifetime:</source>
        <translation>CRL-&amp;Lebensdauer:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="341"/>
        <source>CRL folder</source>
        <translation>CRL-Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="341"/>
        <source>optional: a folder a web server publishes</source>
        <translation>optional: ein Ordner, den ein Webserver veröffentlicht</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="342"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="343"/>
        <source>Choose the folder the CRLs are written to</source>
        <translation>Den Ordner wählen, in den die CRLs geschrieben werden</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="347"/>
        <source>Publish CRLs &amp;to:</source>
        <translation>CRLs veröffen&amp;tlichen in:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="350"/>
        <source>Publish CRLs to</source>
        <translation>CRLs veröffentlichen in</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="365"/>
        <source>%1: &quot;%2&quot; is not an http, https or ldap address.</source>
        <translation>%1: „%2“ ist keine http-, https- oder ldap-Adresse.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="371"/>
        <source>Give the full path of the CRL folder.</source>
        <translation>Geben Sie den vollständigen Pfad des CRL-Ordners an.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="373"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="381"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="382"/>
        <source>Create the CA with these settings. Its key is generated now; RSA keys take a few seconds.</source>
        <translation>Die CA mit diesen Einstellungen anlegen. Ihr Schlüssel wird jetzt erzeugt; RSA-Schlüssel brauchen einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="393"/>
        <source>Creating the CA</source>
        <translation>CA wird angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="422"/>
        <source>the parent CA&apos;s certificate</source>
        <translation>das Zertifikat der übergeordneten CA</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="432"/>
        <source>&amp;Create Key and CSR</source>
        <translation>Schlüssel und CSR &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="443"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="445"/>
        <source>Strong and widely supported; generating it takes a few seconds.</source>
        <translation>Stark und weit unterstützt; das Erzeugen dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="447"/>
        <source>Supported by every client.</source>
        <translation>Wird von jedem Client unterstützt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="449"/>
        <source>Small and fast, but many TLS clients and browsers do not accept Ed25519 CAs yet.</source>
        <translation>Klein und schnell, aber viele TLS-Clients und Browser akzeptieren noch keine Ed25519-CAs.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="451"/>
        <source>Small keys and fast signatures; supported by current clients.</source>
        <translation>Kleine Schlüssel und schnelle Signaturen; von aktuellen Clients unterstützt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="501"/>
        <source>Root CA (self-signed)</source>
        <translation>Stamm-CA (selbstsigniert)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="503"/>
        <source>Subordinate CA, signed by an external CA (a CSR is made)</source>
        <translation>Untergeordnete CA, signiert von einer externen CA (eine CSR wird erzeugt)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="505"/>
        <source>Subordinate CA of %1</source>
        <translation>Untergeordnete CA von %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="512"/>
        <source>permitted DNS %1</source>
        <translation>erlaubtes DNS %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="513"/>
        <source>excluded DNS %1</source>
        <translation>ausgeschlossenes DNS %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="514"/>
        <source>permitted IP %1</source>
        <translation>erlaubte IP %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="515"/>
        <source>excluded IP %1</source>
        <translation>ausgeschlossene IP %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="516"/>
        <source>permitted e-mail %1</source>
        <translation>erlaubte E-Mail %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="517"/>
        <source>excluded e-mail %1</source>
        <translation>ausgeschlossene E-Mail %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="521"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="522"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="523"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="524"/>
        <source>%1, signs with %2</source>
        <translation>%1, signiert mit %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="525"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="525"/>
        <source>as the external CA signs it (asked for: %1)</source>
        <translation>wie die externe CA sie signiert (angefragt: %1)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="526"/>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="528"/>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="529"/>
        <source>Name constraints</source>
        <translation>Namenseinschränkungen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="529"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="530"/>
        <source>Issues</source>
        <translation>Stellt aus</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="530"/>
        <source>short-lived certificates only (at most 7 days)</source>
        <translation>nur kurzlebige Zertifikate (höchstens 7 Tage)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="530"/>
        <source>certificates of any lifetime</source>
        <translation>Zertifikate jeder Laufzeit</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="531"/>
        <source>CRL</source>
        <translation>CRL</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizards/createcawizard.cpp" line="531"/>
        <source>%n days lifetime</source>
        <translation>
            <numerusform>%n Tag Lebensdauer</numerusform>
            <numerusform>%n Tage Lebensdauer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="532"/>
        <source>, published to %1</source>
        <translation>, veröffentlicht in %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="533"/>
        <source>CRL URL</source>
        <translation>CRL-URL</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="534"/>
        <source>OCSP URL</source>
        <translation>OCSP-URL</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="535"/>
        <source>CA issuers URL</source>
        <translation>URL der CA-Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="544"/>
        <source>Next: export the CSR from the Private CAs page, have it signed, then choose Install Certificate… with the file you get back.</source>
        <translation>Als Nächstes: Exportieren Sie die CSR auf der Seite „Private CAs“, lassen Sie sie signieren und wählen Sie dann „Zertifikat installieren…“ mit der zurückerhaltenen Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/createcawizard.cpp" line="583"/>
        <source>The CA was not created: %1</source>
        <translation>Die CA wurde nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="47"/>
        <source>%1 % of all</source>
        <translation>%1 % aller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="66"/>
        <location filename="../../ui/pages/dashboardpage.cpp" line="79"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="101"/>
        <source>Expiring per week — next 52 weeks</source>
        <translation>Ablauf pro Woche – nächste 52 Wochen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="104"/>
        <source>Next to expire</source>
        <translation>Als Nächstes ablaufend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="113"/>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="114"/>
        <source>Certificates by status</source>
        <translation>Zertifikate nach Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="116"/>
        <source>By key algorithm</source>
        <translation>Nach Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="117"/>
        <source>Certificates by key algorithm</source>
        <translation>Zertifikate nach Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="119"/>
        <source>Top issuers</source>
        <translation>Häufigste Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="120"/>
        <source>Certificates by issuer</source>
        <translation>Zertifikate nach Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="166"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="167"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="168"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboardpage.cpp" line="169"/>
        <location filename="../../ui/pages/dashboardpage.cpp" line="170"/>
        <location filename="../../ui/pages/dashboardpage.cpp" line="171"/>
        <location filename="../../ui/pages/dashboardpage.cpp" line="172"/>
        <source>Expiring within %n days</source>
        <translation>
            <numerusform>Ablauf binnen %n Tag</numerusform>
            <numerusform>Ablauf binnen %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="182"/>
        <source>Renewal problems</source>
        <translation>Probleme bei der Erneuerung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="183"/>
        <source>Managed certificates whose request or renewal failed, or whose validation timed out</source>
        <translation>Verwaltete Zertifikate, deren Anforderung oder Erneuerung fehlschlug oder deren Validierung abgelaufen ist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="186"/>
        <source>Endpoint problems</source>
        <translation>Endpunkt-Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="187"/>
        <source>stale or unknown</source>
        <translation>veraltet/unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="188"/>
        <source>Endpoints serving stale or unknown certificates: TLS endpoints (of deployments and discovery scans) that serve an older certificate, another one than deployed or one the inventory did not hold, fail the handshake, or send a chain with problems. Click to see them on the Discovery page.</source>
        <translation>Endpunkte mit veralteten oder unbekannten Zertifikaten: TLS-Endpunkte (aus Bereitstellungen und Erkennungsscans), die ein älteres Zertifikat ausliefern, ein anderes als das bereitgestellte oder eines, das nicht im Inventar war, deren Handshake fehlschlägt oder deren Kette Probleme hat. Klicken zeigt sie auf der Seite Erkennung.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboardpage.cpp" line="374"/>
        <source>of %n managed</source>
        <translation>
            <numerusform>von %n verwalteten</numerusform>
            <numerusform>von %n verwalteten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="404"/>
        <source>1 valid certificate expires in the next 52 weeks</source>
        <translation>1 gültiges Zertifikat läuft in den nächsten 52 Wochen ab</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/dashboardpage.cpp" line="405"/>
        <source>%Ln valid certificates expire in the next 52 weeks</source>
        <translation>
            <numerusform>%Ln gültiges Zertifikat läuft in den nächsten 52 Wochen ab</numerusform>
            <numerusform>%Ln gültige Zertifikate laufen in den nächsten 52 Wochen ab</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="173"/>
        <source>With private key</source>
        <translation>Mit privatem Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="174"/>
        <source>Without a trusted chain</source>
        <translation>Nicht vertraut</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="196"/>
        <source>Certificates whose chain in the inventory does not end at a self-signed certificate of the inventory or at a root of the system&apos;s trust store</source>
        <translation>Zertifikate, deren Kette im Inventar weder bei einem selbstsignierten Zertifikat des Inventars noch bei einem Stammzertifikat des Vertrauensspeichers des Systems endet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="325"/>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="325"/>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="381"/>
        <source>The numbers cannot be counted: %1</source>
        <translation>Die Zahlen können nicht ermittelt werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="398"/>
        <source>Updated %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="421"/>
        <source>(no name)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboardpage.cpp" line="423"/>
        <source>Other issuers</source>
        <translation>Andere Aussteller</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DeleteCaDialog</name>
    <message>
        <location filename="../../ui/dialogs/deletecadialog.cpp" line="15"/>
        <source>Delete CA</source>
        <translation>CA löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deletecadialog.cpp" line="17"/>
        <source>Delete the CA %1?</source>
        <translation>Die CA %1 löschen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deletecadialog.cpp" line="24"/>
        <source>It is disabled and stops signing CRLs now. Until the restore window ends it can be restored (disabled); then it is purged and its private key destroyed.</source>
        <translation>Sie wird deaktiviert und signiert ab sofort keine CRLs mehr. Bis zum Ende der Wiederherstellungsfrist kann sie (deaktiviert) wiederhergestellt werden; danach wird sie endgültig entfernt und ihr privater Schlüssel vernichtet.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deletecadialog.cpp" line="27"/>
        <source>The certificate it issued stays in the inventory.</source>
        <translation>Das ausgestellte Zertifikat bleibt im Inventar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/deletecadialog.cpp" line="28"/>
        <source>The %n certificates it issued stay in the inventory.</source>
        <translation>
            <numerusform>Das %n ausgestellte Zertifikat bleibt im Inventar.</numerusform>
            <numerusform>Die %n ausgestellten Zertifikate bleiben im Inventar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deletecadialog.cpp" line="36"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deletecadialog.cpp" line="37"/>
        <source>Restore window</source>
        <translation>Wiederherstellungsfrist</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deletecadialog.cpp" line="38"/>
        <source>&amp;Restore window:</source>
        <translation>&amp;Wiederherstellungsfrist:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deletecadialog.cpp" line="41"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DeleteCertificatesCommand</name>
    <message numerus="yes">
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="39"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="41"/>
        <source>Delete this certificate from the inventory?</source>
        <translation>Dieses Zertifikat aus dem Inventar löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="42"/>
        <source>Delete these %n certificates from the inventory?</source>
        <translation>
            <numerusform>%n Zertifikat aus dem Inventar löschen?</numerusform>
            <numerusform>Diese %n Zertifikate aus dem Inventar löschen?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="51"/>
        <source>Their names, tags and the link to their private keys go with them. The deletion is recorded in the activity log and cannot be undone.</source>
        <translation>Ihre Namen, Tags und die Verknüpfung zu ihren privaten Schlüsseln werden mit entfernt. Das Löschen wird im Aktivitätsprotokoll festgehalten und kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="55"/>
        <source>%n of them have a private key: the keys stay encrypted in the key store and are attached again if the certificate is imported again.</source>
        <translation>
            <numerusform>%n davon hat einen privaten Schlüssel: Der Schlüssel bleibt verschlüsselt im Schlüsselspeicher und wird wieder zugeordnet, wenn das Zertifikat erneut importiert wird.</numerusform>
            <numerusform>%n davon haben einen privaten Schlüssel: Die Schlüssel bleiben verschlüsselt im Schlüsselspeicher und werden wieder zugeordnet, wenn das Zertifikat erneut importiert wird.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="67"/>
        <source>In use: %1 is written by a deployment and will not be deleted; remove its deployments on the Deployments page first.</source>
        <translation>Im Einsatz: %1 wird von einer Bereitstellung geschrieben und nicht gelöscht; entfernen Sie zuerst seine Bereitstellungen auf der Seite Bereitstellungen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="70"/>
        <source>In use: %1 are written by deployments and will not be deleted; remove their deployments on the Deployments page first.</source>
        <translation>Im Einsatz: %1 werden von Bereitstellungen geschrieben und nicht gelöscht; entfernen Sie zuerst ihre Bereitstellungen auf der Seite Bereitstellungen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="85"/>
        <source>Delete certificates</source>
        <translation>Zertifikate löschen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="89"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deletecertificatescommand.cpp" line="121"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DeployDialog</name>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="62"/>
        <source>Deploy Certificate</source>
        <translation>Zertifikat bereitstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="78"/>
        <source>Writes the certificate, its chain and its key into a folder a server reads, then reloads the server. Expires %1.</source>
        <translation>Schreibt das Zertifikat, seine Kette und seinen Schlüssel in einen Ordner, den ein Server liest, und lädt den Server neu. Läuft ab am %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="87"/>
        <source>The inventory holds no private key for this certificate: the layouts that write the key cannot deploy it. Import the key first.</source>
        <translation>Das Inventar enthält keinen privaten Schlüssel zu diesem Zertifikat: Layouts, die den Schlüssel schreiben, können es nicht bereitstellen. Importieren Sie zuerst den Schlüssel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="92"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="97"/>
        <source>/etc/nginx/certs/www.example.com</source>
        <translation>/etc/nginx/certs/www.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="98"/>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="99"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="103"/>
        <source>&amp;Target folder:</source>
        <translation>&amp;Zielordner:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="107"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="112"/>
        <source>&amp;Layout:</source>
        <translation>&amp;Layout:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="114"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="114"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="114"/>
        <source>Permissions</source>
        <translation>Rechte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="116"/>
        <source>Files to be written</source>
        <translation>Zu schreibende Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="124"/>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="127"/>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="296"/>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="128"/>
        <source>Key file owner</source>
        <translation>Eigentümer der Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="130"/>
        <source>your group</source>
        <translation>Ihre Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="131"/>
        <source>Key file group</source>
        <translation>Gruppe der Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="134"/>
        <source>Key file mode</source>
        <translation>Modus der Schlüsseldatei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="141"/>
        <source>O&amp;wner</source>
        <translation>&amp;Eigentümer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="143"/>
        <source>&amp;Group</source>
        <translation>&amp;Gruppe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="145"/>
        <source>&amp;Mode</source>
        <translation>&amp;Modus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="147"/>
        <source>Key file:</source>
        <translation>Schlüsseldatei:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="150"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="151"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="155"/>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="157"/>
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="162"/>
        <source>After writing</source>
        <translation>Nach dem Schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="166"/>
        <source>e.g. systemctl reload nginx (run without a shell; empty: none)</source>
        <translation>z. B. systemctl reload nginx (ohne Shell ausgeführt; leer: keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="167"/>
        <source>Reload command</source>
        <translation>Neuladebefehl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="168"/>
        <source>Run after the files are written, without a shell and with a time limit. When it fails, the previous files are put back.</source>
        <translation>Läuft nach dem Schreiben der Dateien, ohne Shell und mit Zeitlimit. Schlägt er fehl, werden die vorherigen Dateien wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="170"/>
        <source>&amp;Reload command:</source>
        <translation>&amp;Neuladebefehl:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="173"/>
        <source>host:port (empty: none)</source>
        <translation>Host:Port (leer: keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="174"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="175"/>
        <source>The TLS endpoint that serves this certificate: certdesk checks that it serves the deployed certificate after each run</source>
        <translation>Der TLS-Endpunkt, der dieses Zertifikat ausliefert: certdesk prüft nach jedem Lauf, dass er das bereitgestellte Zertifikat ausliefert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="178"/>
        <source>SNI name (default: the host)</source>
        <translation>SNI-Name (Standard: der Host)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="179"/>
        <source>SNI name</source>
        <translation>SNI-Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="182"/>
        <source>&amp;Endpoint:</source>
        <translation>Endp&amp;unkt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="187"/>
        <source>Deploy &amp;now (write the files, reload, check the endpoint)</source>
        <translation>&amp;Jetzt bereitstellen (Dateien schreiben, neu laden, Endpunkt prüfen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="204"/>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="312"/>
        <source>&amp;Deploy</source>
        <translation>&amp;Bereitstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="229"/>
        <source>Target Folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="253"/>
        <source>Choose the folder to write the files into.</source>
        <translation>Wählen Sie den Ordner, in den die Dateien geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="255"/>
        <source>The target folder must be an absolute path.</source>
        <translation>Der Zielordner muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="257"/>
        <source>The %1 layout writes the private key, and the inventory holds none for this certificate.</source>
        <translation>Das Layout %1 schreibt den privaten Schlüssel, und das Inventar enthält keinen zu diesem Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="260"/>
        <source>The %1 layout needs a password.</source>
        <translation>Das Layout %1 braucht ein Passwort.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="262"/>
        <source>The key file mode is an octal number such as 0600.</source>
        <translation>Der Modus der Schlüsseldatei ist eine Oktalzahl wie 0600.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="265"/>
        <source>The endpoint is host:port, for example www.example.com:443.</source>
        <translation>Der Endpunkt ist Host:Port, zum Beispiel www.example.com:443.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="278"/>
        <source>required: the file is encrypted with it</source>
        <translation>erforderlich: die Datei wird damit verschlüsselt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="279"/>
        <source>optional: encrypts the private key file</source>
        <translation>optional: verschlüsselt die Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="302"/>
        <source>Holds the private key: written with the key file&apos;s owner, group and mode</source>
        <translation>Enthält den privaten Schlüssel: mit Eigentümer, Gruppe und Modus der Schlüsseldatei geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="312"/>
        <source>&amp;Add Deployment</source>
        <translation>Bereitstellung &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="345"/>
        <source>Deploying…</source>
        <translation>Wird bereitgestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="345"/>
        <source>Adding the deployment…</source>
        <translation>Bereitstellung wird hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="356"/>
        <source>Not deployed: no master password was given.</source>
        <translation>Nicht bereitgestellt: kein Master-Passwort angegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="357"/>
        <source>Not deployed: %1</source>
        <translation>Nicht bereitgestellt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="363"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="379"/>
        <source>Deployment %1 added; it runs when you run it or when the certificate renews.</source>
        <translation>Bereitstellung %1 hinzugefügt; sie läuft, wenn Sie sie starten oder wenn das Zertifikat erneuert wird.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="381"/>
        <source>Deployed (%1): 1 file written.</source>
        <translation>Bereitgestellt (%1): 1 Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/deploydialog.cpp" line="381"/>
        <source>Deployed (%1): %n files written.</source>
        <translation>
            <numerusform>Bereitgestellt (%1): %n Datei geschrieben.</numerusform>
            <numerusform>Bereitgestellt (%1): %n Dateien geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="387"/>
        <source>The deployment %1 failed; the previous files were put back.</source>
        <translation>Die Bereitstellung %1 ist fehlgeschlagen; die vorherigen Dateien wurden wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="391"/>
        <source>Reload command: %1</source>
        <translation>Neuladebefehl: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/deploydialog.cpp" line="398"/>
        <source>Endpoint %1:</source>
        <translation>Endpunkt %1:</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DeployLabels</name>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="19"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="21"/>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="23"/>
        <source>Mismatch</source>
        <translation>Abweichend</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="25"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="27"/>
        <source>Handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="29"/>
        <source>Gone</source>
        <translation>Verschwunden</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="31"/>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="39"/>
        <source>The endpoint serves the certificate the inventory holds as current</source>
        <translation>Der Endpunkt liefert das Zertifikat aus, das im Inventar aktuell ist</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="41"/>
        <source>The endpoint serves an older certificate of the same managed certificate: the deployment or the reload did not take effect</source>
        <translation>Der Endpunkt liefert ein älteres Zertifikat desselben verwalteten Zertifikats aus: die Bereitstellung oder das Neuladen hat nicht gewirkt</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="44"/>
        <source>The endpoint serves another certificate of the inventory than the one deployed there</source>
        <translation>Der Endpunkt liefert ein anderes Zertifikat des Inventars aus als das dort bereitgestellte</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="46"/>
        <source>The endpoint serves a certificate that is not in the inventory</source>
        <translation>Der Endpunkt liefert ein Zertifikat aus, das nicht im Inventar ist</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="48"/>
        <source>No certificate: the connection was refused, timed out, was not TLS, or the handshake failed</source>
        <translation>Kein Zertifikat: die Verbindung wurde abgelehnt, lief in eine Zeitüberschreitung, war kein TLS, oder der Handshake schlug fehl</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="50"/>
        <source>A later scan no longer found this endpoint</source>
        <translation>Ein späterer Scan hat diesen Endpunkt nicht mehr gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="51"/>
        <source>The endpoint has not been checked yet</source>
        <translation>Der Endpunkt wurde noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="71"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="73"/>
        <source>Not run yet</source>
        <translation>Noch nicht gelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="75"/>
        <source>Out of date</source>
        <translation>Nicht aktuell</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="76"/>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="95"/>
        <source>nginx</source>
        <translation>nginx</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="97"/>
        <source>Apache</source>
        <translation>Apache</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="99"/>
        <source>HAProxy</source>
        <translation>HAProxy</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="101"/>
        <source>PEM bundle</source>
        <translation>PEM-Paket</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="103"/>
        <source>PKCS#12</source>
        <translation>PKCS#12</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="105"/>
        <source>PKCS#12 (legacy)</source>
        <translation>PKCS#12 (alt)</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="107"/>
        <source>PKCS#12 for Java</source>
        <translation>PKCS#12 für Java</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="126"/>
        <source>certificate, then its intermediates (PEM)</source>
        <translation>Zertifikat, dann seine Zwischenzertifikate (PEM)</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="128"/>
        <source>certificate (PEM)</source>
        <translation>Zertifikat (PEM)</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="130"/>
        <source>intermediates (PEM)</source>
        <translation>Zwischenzertifikate (PEM)</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="132"/>
        <source>private key (PEM, PKCS#8, unencrypted: the server reads it at start)</source>
        <translation>privater Schlüssel (PEM, PKCS#8, unverschlüsselt: der Server liest ihn beim Start)</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="134"/>
        <source>private key (PEM, PKCS#8; encrypted with the password when one is set)</source>
        <translation>privater Schlüssel (PEM, PKCS#8; mit dem Passwort verschlüsselt, wenn eines gesetzt ist)</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="136"/>
        <source>certificate, intermediates and private key in one file (PEM, key unencrypted)</source>
        <translation>Zertifikat, Zwischenzertifikate und privater Schlüssel in einer Datei (PEM, Schlüssel unverschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="138"/>
        <source>certificate, intermediates and key (PKCS#12: AES-256, PBKDF2, SHA-256 MAC)</source>
        <translation>Zertifikat, Zwischenzertifikate und Schlüssel (PKCS#12: AES-256, PBKDF2, SHA-256-MAC)</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="140"/>
        <source>certificate, intermediates and key (PKCS#12 legacy: 3DES, SHA-1 MAC)</source>
        <translation>Zertifikat, Zwischenzertifikate und Schlüssel (altes PKCS#12: 3DES, SHA-1-MAC)</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="142"/>
        <source>Java key store (PKCS#12): one private-key entry under the alias, key and store password the same</source>
        <translation>Java-Keystore (PKCS#12): ein Eintrag mit privatem Schlüssel unter dem Alias, Schlüssel- und Keystore-Passwort gleich</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="161"/>
        <source>1 deployment</source>
        <translation>1 Bereitstellung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="161"/>
        <source>%n deployments</source>
        <translation>
            <numerusform>%n Bereitstellung</numerusform>
            <numerusform>%n Bereitstellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="163"/>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="163"/>
        <source>%n endpoints</source>
        <translation>
            <numerusform>%n Endpunkt</numerusform>
            <numerusform>%n Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="165"/>
        <location filename="../../ui/models/deploylabels.cpp" line="169"/>
        <source>1 file</source>
        <translation>1 Datei</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="165"/>
        <location filename="../../ui/models/deploylabels.cpp" line="169"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n Datei</numerusform>
            <numerusform>%n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="194"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="196"/>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="198"/>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="199"/>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="199"/>
        <source>Every %n hours</source>
        <translation>
            <numerusform>Alle %n Stunde</numerusform>
            <numerusform>Alle %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="204"/>
        <source>1 endpoint probed</source>
        <translation>1 Endpunkt geprüft</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="204"/>
        <source>%n endpoints probed</source>
        <translation>
            <numerusform>%n Endpunkt geprüft</numerusform>
            <numerusform>%n Endpunkte geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="205"/>
        <source>%n serving TLS</source>
        <translation>
            <numerusform>%n mit TLS</numerusform>
            <numerusform>%n mit TLS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="206"/>
        <source>1 new certificate</source>
        <translation>1 neues Zertifikat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="206"/>
        <source>%n new certificates</source>
        <translation>
            <numerusform>%n neues Zertifikat</numerusform>
            <numerusform>%n neue Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="208"/>
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="210"/>
        <source>%n gone</source>
        <translation>
            <numerusform>%n verschwunden</numerusform>
            <numerusform>%n verschwunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="212"/>
        <location filename="../../ui/models/deploylabels.cpp" line="225"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="218"/>
        <source>1 file read</source>
        <translation>1 Datei gelesen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="218"/>
        <source>%n files read</source>
        <translation>
            <numerusform>%n Datei gelesen</numerusform>
            <numerusform>%n Dateien gelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="219"/>
        <source>1 certificate found</source>
        <translation>1 Zertifikat gefunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="219"/>
        <source>%n certificates found</source>
        <translation>
            <numerusform>%n Zertifikat gefunden</numerusform>
            <numerusform>%n Zertifikate gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="220"/>
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/deploylabels.cpp" line="221"/>
        <source>1 key file matched</source>
        <translation>1 Schlüsseldatei zugeordnet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="221"/>
        <source>%n key files matched</source>
        <translation>
            <numerusform>%n Schlüsseldatei zugeordnet</numerusform>
            <numerusform>%n Schlüsseldateien zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/deploylabels.cpp" line="223"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DeploymentActions</name>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="22"/>
        <source>No deployments to run.</source>
        <translation>Keine Bereitstellungen auszuführen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="24"/>
        <source>1 deployment ran.</source>
        <translation>1 Bereitstellung ist gelaufen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/deploymentactions.cpp" line="25"/>
        <source>%n deployments ran.</source>
        <translation>
            <numerusform>%n Bereitstellung ist gelaufen.</numerusform>
            <numerusform>%n Bereitstellungen sind gelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="26"/>
        <source>%1 of %2 deployments failed.</source>
        <translation>%1 von %2 Bereitstellungen sind fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="47"/>
        <source>&amp;Run Now</source>
        <translation>Jetzt &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="47"/>
        <source>Write the selected deployment&apos;s files again, reload and check</source>
        <translation>Die Dateien der gewählten Bereitstellung erneut schreiben, neu laden und prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="52"/>
        <source>Run &amp;All</source>
        <translation>A&amp;lle ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="52"/>
        <source>Run every deployment</source>
        <translation>Jede Bereitstellung ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="53"/>
        <source>&amp;Check Endpoint</source>
        <translation>Endpunkt &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="54"/>
        <source>Connect to the selected deployment&apos;s endpoint and compare what it serves with the inventory</source>
        <translation>Mit dem Endpunkt der gewählten Bereitstellung verbinden und das Ausgelieferte mit dem Inventar vergleichen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="59"/>
        <source>Check All &amp;Endpoints</source>
        <translation>Alle &amp;Endpunkte prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="59"/>
        <source>Check the endpoint of every deployment</source>
        <translation>Den Endpunkt jeder Bereitstellung prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="61"/>
        <source>Re&amp;move…</source>
        <translation>Ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="61"/>
        <source>Forget the selected deployment (its files stay where they are)</source>
        <translation>Die gewählte Bereitstellung vergessen (ihre Dateien bleiben, wo sie sind)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="92"/>
        <source>Another deployment job is still running.</source>
        <translation>Ein anderer Bereitstellungsauftrag läuft noch.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="115"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="146"/>
        <source>Deploying…</source>
        <translation>Wird bereitgestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="146"/>
        <source>Adding the deployment…</source>
        <translation>Bereitstellung wird hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="175"/>
        <source>Deployment %1 of %2 added.</source>
        <translation>Bereitstellung %1 von %2 hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="177"/>
        <source>%1 deployed to %2.</source>
        <translation>%1 bereitgestellt in %2.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="179"/>
        <source>Deployment %1 failed: %2</source>
        <translation>Bereitstellung %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="181"/>
        <source>The deployment was not added: %1</source>
        <translation>Die Bereitstellung wurde nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="187"/>
        <source>another deployment job is still running.</source>
        <translation>ein anderer Bereitstellungsauftrag läuft noch.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="195"/>
        <source>Running the deployment…</source>
        <translation>Bereitstellung läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="210"/>
        <source>Run: cancelled, no master password was given.</source>
        <translation>Ausführen: abgebrochen, kein Master-Passwort angegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="212"/>
        <source>The deployment could not run: %1</source>
        <translation>Die Bereitstellung konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="218"/>
        <source>%1 ran: %2 written; endpoint %3.</source>
        <translation>%1 ist gelaufen: %2 geschrieben; Endpunkt %3.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="221"/>
        <source>%1 ran: %2 written.</source>
        <translation>%1 ist gelaufen: %2 geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="223"/>
        <source>%1 failed; the previous files were put back.

%2</source>
        <translation>%1 ist fehlgeschlagen; die vorherigen Dateien wurden wiederhergestellt.

%2</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="230"/>
        <source>Running every deployment…</source>
        <translation>Alle Bereitstellungen laufen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="243"/>
        <source>The deployments could not run: %1</source>
        <translation>Die Bereitstellungen konnten nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="253"/>
        <source>Checking the endpoint…</source>
        <translation>Endpunkt wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="265"/>
        <source>The endpoint could not be checked: %1</source>
        <translation>Der Endpunkt konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="269"/>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="276"/>
        <source>Checking every endpoint…</source>
        <translation>Alle Endpunkte werden geprüft…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="288"/>
        <source>The endpoints could not be checked: %1</source>
        <translation>Die Endpunkte konnten nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="293"/>
        <source>%1 endpoints checked, %2 with problems.</source>
        <translation>%1 Endpunkte geprüft, %2 mit Problemen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="300"/>
        <source>Removing the deployment…</source>
        <translation>Bereitstellung wird entfernt…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="308"/>
        <source>The deployment was not removed: %1</source>
        <translation>Die Bereitstellung wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="311"/>
        <source>Deployment dep-%1 removed; its files stay where they are.</source>
        <translation>Bereitstellung dep-%1 entfernt; ihre Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="317"/>
        <source>Remove Deployment</source>
        <translation>Bereitstellung entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="318"/>
        <source>Remove the deployment of %1 to %2?</source>
        <translation>Die Bereitstellung von %1 in %2 entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="321"/>
        <source>certdesk stops writing the certificate there after renewals. The files already written stay where they are.</source>
        <translation>certdesk schreibt das Zertifikat nach Erneuerungen nicht mehr dorthin. Die schon geschriebenen Dateien bleiben, wo sie sind.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/deploymentactions.cpp" line="323"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DeploymentsModel</name>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="114"/>
        <source>The certificate was renewed after the last run: run the deployment to write the new one</source>
        <translation>Das Zertifikat wurde nach dem letzten Lauf erneuert: führen Sie die Bereitstellung aus, um das neue zu schreiben</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="118"/>
        <source>No endpoint to check</source>
        <translation>Kein Endpunkt zu prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="136"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="160"/>
        <source>Whether the last run wrote the certificate&apos;s current version (and reloaded the service)</source>
        <translation>Ob der letzte Lauf die aktuelle Version des Zertifikats geschrieben (und den Dienst neu geladen) hat</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="162"/>
        <source>What the endpoint served when last checked, compared with the inventory</source>
        <translation>Was der Endpunkt bei der letzten Prüfung auslieferte, verglichen mit dem Inventar</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="169"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="171"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="173"/>
        <source>Target folder</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="175"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="177"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="179"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="181"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/models/deploymentsmodel.cpp" line="183"/>
        <source>Endpoint check</source>
        <translation>Endpunktprüfung</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DeploymentsPage</name>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="54"/>
        <location filename="../../ui/pages/deploymentspage.cpp" line="57"/>
        <source>Deployment actions</source>
        <translation>Bereitstellungsaktionen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="73"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="82"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="83"/>
        <source>All deployments</source>
        <translation>Alle Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="84"/>
        <source>Problems: failed, out of date, endpoint not current</source>
        <translation>Probleme: fehlgeschlagen, nicht aktuell, Endpunkt nicht aktuell</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="103"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="129"/>
        <source>Out of date</source>
        <translation>Nicht aktuell</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="141"/>
        <source>Deployment details</source>
        <translation>Details der Bereitstellung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="164"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No deployments yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A deployment writes a certificate, its chain and its key into the folder a web server or service reads, in its layout (nginx, Apache, HAProxy, PEM, PKCS#12), reloads the service and checks that the endpoint serves it. certdesk runs it again after each renewal.&lt;/p&gt;&lt;p&gt;Choose a certificate on the Certificates page and press &lt;b&gt;Deploy…&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Noch keine Bereitstellungen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Eine Bereitstellung schreibt ein Zertifikat, seine Kette und seinen Schlüssel in den Ordner, den ein Webserver oder Dienst liest, in dessen Layout (nginx, Apache, HAProxy, PEM, PKCS#12), lädt den Dienst neu und prüft, dass der Endpunkt es ausliefert. certdesk führt sie nach jeder Erneuerung erneut aus.&lt;/p&gt;&lt;p&gt;Wählen Sie ein Zertifikat auf der Seite Zertifikate und drücken Sie &lt;b&gt;Bereitstellen…&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="174"/>
        <source>Choose a Certificate…</source>
        <translation>Zertifikat wählen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="175"/>
        <source>Go to the Certificates page to pick the certificate to deploy</source>
        <translation>Zur Seite Zertifikate wechseln, um das bereitzustellende Zertifikat zu wählen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="215"/>
        <source>Show &amp;Certificate</source>
        <translation>&amp;Zertifikat zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="267"/>
        <source>The deployments could not be read: %1</source>
        <translation>Die Bereitstellungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="287"/>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="287"/>
        <source>1 deployment with a problem</source>
        <translation>1 Bereitstellung mit Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/deploymentspage.cpp" line="288"/>
        <source>%Ln deployments with problems</source>
        <translation>
            <numerusform>%Ln Bereitstellung mit Problemen</numerusform>
            <numerusform>%Ln Bereitstellungen mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="290"/>
        <source>1 deployment</source>
        <translation>1 Bereitstellung</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/deploymentspage.cpp" line="290"/>
        <source>%Ln deployments</source>
        <translation>
            <numerusform>%Ln Bereitstellung</numerusform>
            <numerusform>%Ln Bereitstellungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="313"/>
        <source>last run %1</source>
        <translation>zuletzt gelaufen %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="315"/>
        <source>The certificate was renewed since: Run Now writes the new one.</source>
        <translation>Das Zertifikat wurde seitdem erneuert: Jetzt ausführen schreibt das neue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="347"/>
        <source>serves %1 (expires %2)</source>
        <translation>liefert %1 aus (läuft ab am %2)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="349"/>
        <source>checked %1</source>
        <translation>geprüft %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="360"/>
        <source>not checked yet</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="365"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="366"/>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="370"/>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="373"/>
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="374"/>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="375"/>
        <source>Reload command</source>
        <translation>Neuladebefehl</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="378"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="380"/>
        <source>Last output</source>
        <translation>Letzte Ausgabe</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="381"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="383"/>
        <source>Chain problems</source>
        <translation>Kettenprobleme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="385"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="385"/>
        <source>set (kept sealed in the key store)</source>
        <translation>gesetzt (verschlossen im Schlüsselspeicher)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/deploymentspage.cpp" line="386"/>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DetailsPanel</name>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="37"/>
        <source>DNS name</source>
        <translation>DNS-Name</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="39"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="41"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="43"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="45"/>
        <source>Directory name</source>
        <translation>Verzeichnisname</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="47"/>
        <source>Registered ID</source>
        <translation>Registrierte ID</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="49"/>
        <source>Other name</source>
        <translation>Anderer Name</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="53"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="79"/>
        <location filename="../../ui/details/detailspanel.cpp" line="80"/>
        <source>Certificate details</source>
        <translation>Zertifikatsdetails</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="84"/>
        <location filename="../../ui/details/detailspanel.cpp" line="107"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="109"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="109"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="109"/>
        <source>Subject alternative names</source>
        <translation>Alternative Antragstellernamen</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="110"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="114"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="116"/>
        <source>Extension</source>
        <translation>Erweiterung</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="116"/>
        <source>OID</source>
        <translation>OID</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="116"/>
        <location filename="../../ui/details/detailspanel.cpp" line="308"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="116"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="116"/>
        <location filename="../../ui/details/detailspanel.cpp" line="119"/>
        <source>Extensions</source>
        <translation>Erweiterungen</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="128"/>
        <location filename="../../ui/details/detailspanel.cpp" line="138"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="129"/>
        <source>&amp;Copy PEM</source>
        <translation>PEM &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="131"/>
        <source>Copy the certificate in PEM to the clipboard</source>
        <translation>Das Zertifikat im PEM-Format in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="148"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="150"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="150"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="150"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="150"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="150"/>
        <location filename="../../ui/details/detailspanel.cpp" line="151"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="153"/>
        <location filename="../../ui/details/detailspanel.cpp" line="214"/>
        <source>Select a certificate to see its details.</source>
        <translation>Wählen Sie ein Zertifikat aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="219"/>
        <source>Cannot show the certificate: %1</source>
        <translation>Das Zertifikat kann nicht angezeigt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/detailspanel.cpp" line="232"/>
        <source>expired %n days ago</source>
        <translation>
            <numerusform>vor %n Tag abgelaufen</numerusform>
            <numerusform>vor %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/detailspanel.cpp" line="232"/>
        <source>%n days left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="237"/>
        <source>%1 (revoked %2)</source>
        <translation>%1 (widerrufen %2)</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="238"/>
        <source>%1 (revoked %2, %3)</source>
        <translation>%1 (widerrufen %2, %3)</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="239"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="240"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="241"/>
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="245"/>
        <source>Additional names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="248"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="255"/>
        <source>%1  →  %2</source>
        <translation>%1  →  %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="262"/>
        <source>%1% of the lifetime elapsed · %2</source>
        <translation>%1 % der Laufzeit verstrichen · %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="270"/>
        <source>Key algorithm</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="271"/>
        <source>Signature algorithm</source>
        <translation>Signaturalgorithmus</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="273"/>
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="274"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="275"/>
        <source>SHA-1 fingerprint</source>
        <translation>SHA-1-Fingerabdruck</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="276"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="277"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="278"/>
        <source>Key usage</source>
        <translation>Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="282"/>
        <source>Extended key usage</source>
        <translation>Erweiterte Schlüsselverwendung</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="286"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="287"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="287"/>
        <source>Yes, encrypted in the inventory</source>
        <translation>Ja, verschlüsselt im Inventar</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="287"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="292"/>
        <source>Not in use as far as certdesk knows</source>
        <translation>Soweit certdesk weiß, nicht im Einsatz</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="295"/>
        <source>In use by</source>
        <translation>Im Einsatz bei</translation>
    </message>
    <message>
        <location filename="../../ui/details/detailspanel.cpp" line="297"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DiscoveryPage</name>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="74"/>
        <location filename="../../ui/pages/discoverypage.cpp" line="77"/>
        <source>Discovery actions</source>
        <translation>Erkennungsaktionen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="88"/>
        <source>Scan progress</source>
        <translation>Scan-Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="89"/>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="100"/>
        <source>Scan now</source>
        <translation>Jetzt scannen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="105"/>
        <source>&amp;Scan</source>
        <translation>&amp;Scannen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="108"/>
        <location filename="../../ui/pages/discoverypage.cpp" line="280"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="113"/>
        <source>Save as Scheduled Scan…</source>
        <translation>Als geplanten Scan speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="122"/>
        <location filename="../../ui/pages/discoverypage.cpp" line="125"/>
        <source>Saved scans</source>
        <translation>Gespeicherte Scans</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="131"/>
        <source>Every 6 hours</source>
        <translation>Alle 6 Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="133"/>
        <source>No saved scans yet. Save the Scan form as a scheduled scan: it runs daily while certdesk runs, records new certificates and notices endpoints that went away.</source>
        <translation>Noch keine gespeicherten Scans. Speichern Sie das Scan-Formular als geplanten Scan: er läuft täglich, solange certdesk läuft, erfasst neue Zertifikate und bemerkt verschwundene Endpunkte.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="151"/>
        <location filename="../../ui/pages/discoverypage.cpp" line="442"/>
        <source>Show Them</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="152"/>
        <source>Show the certificates this scan found on the Certificates page</source>
        <translation>Die von diesem Scan gefundenen Zertifikate auf der Seite Zertifikate zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="165"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="166"/>
        <source>Endpoints seen now</source>
        <translation>Jetzt gesehene Endpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="167"/>
        <source>Problems: stale, unknown, failing, chain problems</source>
        <translation>Probleme: veraltet, unbekannt, fehlschlagend, Kettenprobleme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="168"/>
        <source>All, including gone endpoints</source>
        <translation>Alle, auch verschwundene Endpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="171"/>
        <source>Search hosts, SNI and served names</source>
        <translation>Hosts, SNI und ausgelieferte Namen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="172"/>
        <source>Search endpoints</source>
        <translation>Endpunkte suchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="174"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="187"/>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="196"/>
        <source>Handshake failed</source>
        <translation>Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="243"/>
        <source>Show Served &amp;Certificate</source>
        <translation>Ausgeliefertes &amp;Zertifikat zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="270"/>
        <source>&amp;Scan Now</source>
        <translation>Jetzt &amp;scannen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="270"/>
        <source>Probe the targets and ports of the Scan form for TLS certificates</source>
        <translation>Die Ziele und Ports des Scan-Formulars nach TLS-Zertifikaten abfragen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="280"/>
        <source>Stop the scan (what was found so far is kept)</source>
        <translation>Den Scan anhalten (was bisher gefunden wurde, bleibt)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="281"/>
        <source>&amp;New Saved Scan…</source>
        <translation>&amp;Neuer gespeicherter Scan…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="281"/>
        <source>Save a scan that runs daily (or on its own schedule)</source>
        <translation>Einen Scan speichern, der täglich (oder nach eigenem Plan) läuft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="283"/>
        <source>&amp;Run Saved Scan</source>
        <translation>Gespeicherten Scan &amp;ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="283"/>
        <source>Run the selected saved scan now</source>
        <translation>Den gewählten gespeicherten Scan jetzt ausführen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="287"/>
        <source>Re&amp;move Saved Scan…</source>
        <translation>Gespeicherten Scan ent&amp;fernen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="287"/>
        <source>Forget the selected saved scan (the endpoints it found stay)</source>
        <translation>Den gewählten gespeicherten Scan vergessen (die gefundenen Endpunkte bleiben)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="292"/>
        <source>Remove Saved Scan</source>
        <translation>Gespeicherten Scan entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="292"/>
        <source>Remove the saved scan %1?</source>
        <translation>Den gespeicherten Scan %1 entfernen?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="294"/>
        <source>It stops running on its schedule. The endpoints and certificates it found stay.</source>
        <translation>Er läuft nicht mehr nach Plan. Die gefundenen Endpunkte und Zertifikate bleiben.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="295"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="301"/>
        <source>Scan &amp;Folders…</source>
        <translation>&amp;Ordner scannen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="302"/>
        <source>Look through folders (e.g. /etc/ssl, /etc/nginx) for certificates and keys and record where they are</source>
        <translation>Ordner (z. B. /etc/ssl, /etc/nginx) nach Zertifikaten und Schlüsseln durchsuchen und festhalten, wo sie liegen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="352"/>
        <source>Discovery results could not be read: %1</source>
        <translation>Die Ergebnisse der Erkennung konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="363"/>
        <source>No endpoint problems</source>
        <translation>Keine Endpunkt-Probleme</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="363"/>
        <source>1 endpoint with a problem</source>
        <translation>1 Endpunkt mit Problem</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/discoverypage.cpp" line="364"/>
        <source>%Ln endpoints with problems</source>
        <translation>
            <numerusform>%Ln Endpunkt mit Problemen</numerusform>
            <numerusform>%Ln Endpunkte mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="366"/>
        <source>1 endpoint</source>
        <translation>1 Endpunkt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/discoverypage.cpp" line="366"/>
        <source>%Ln endpoints</source>
        <translation>
            <numerusform>%Ln Endpunkt</numerusform>
            <numerusform>%Ln Endpunkte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="373"/>
        <source>Discovery</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="383"/>
        <source>A scan is still running.</source>
        <translation>Ein Scan läuft noch.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="396"/>
        <source>1 file read…</source>
        <translation>1 Datei gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/discoverypage.cpp" line="396"/>
        <source>%n files read…</source>
        <translation>
            <numerusform>%n Datei gelesen…</numerusform>
            <numerusform>%n Dateien gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="419"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="433"/>
        <location filename="../../ui/pages/discoverypage.cpp" line="547"/>
        <source>1 new certificate was added to the inventory</source>
        <translation>1 neues Zertifikat wurde ins Inventar aufgenommen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/discoverypage.cpp" line="434"/>
        <location filename="../../ui/pages/discoverypage.cpp" line="548"/>
        <source>%n new certificates were added to the inventory</source>
        <translation>
            <numerusform>%n neues Zertifikat wurde ins Inventar aufgenommen</numerusform>
            <numerusform>%n neue Zertifikate wurden ins Inventar aufgenommen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="442"/>
        <source>Show Served Certificates</source>
        <translation>Ausgelieferte Zertifikate zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="451"/>
        <source>Scanning…</source>
        <translation>Scan läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="462"/>
        <source>The scan failed: %1</source>
        <translation>Der Scan ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="471"/>
        <source>Running the saved scan…</source>
        <translation>Gespeicherter Scan läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="482"/>
        <source>The saved scan failed: %1</source>
        <translation>Der gespeicherte Scan ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="494"/>
        <source>The scan was not saved: %1</source>
        <translation>Der Scan wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="499"/>
        <source>Saved scan %1: %2.</source>
        <translation>Gespeicherter Scan %1: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="505"/>
        <source>The saved scan was not removed: %1</source>
        <translation>Der gespeicherte Scan wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="520"/>
        <source>Scan a Folder for Certificates</source>
        <translation>Einen Ordner nach Zertifikaten scannen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="528"/>
        <source>Reading folders…</source>
        <translation>Ordner werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="539"/>
        <source>The folders could not be scanned: %1</source>
        <translation>Die Ordner konnten nicht gescannt werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/discoverypage.cpp" line="561"/>
        <source>Show Certificates</source>
        <translation>Zertifikate zeigen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::DonutChart</name>
    <message>
        <location filename="../../ui/charts/donutchart.cpp" line="90"/>
        <source>%1: %2 (%3 %) — click to list them</source>
        <translation>%1: %2 (%3 %) – zum Auflisten klicken</translation>
    </message>
    <message>
        <location filename="../../ui/charts/donutchart.cpp" line="118"/>
        <source>Nothing to show</source>
        <translation>Nichts anzuzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/charts/donutchart.cpp" line="139"/>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::EndpointsModel</name>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="111"/>
        <source>Gone since %1</source>
        <translation>Verschwunden seit %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="120"/>
        <source>Address %1</source>
        <translation>Adresse %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="140"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/endpointsmodel.cpp" line="142"/>
        <source>%n problems</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="162"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="164"/>
        <source>What the endpoint serves, compared with the inventory</source>
        <translation>Was der Endpunkt ausliefert, verglichen mit dem Inventar</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="171"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="173"/>
        <source>SNI</source>
        <translation>SNI</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="175"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="177"/>
        <source>Served certificate</source>
        <translation>Ausgeliefertes Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="179"/>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="181"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="183"/>
        <source>Chain</source>
        <translation>Kette</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="185"/>
        <source>First seen</source>
        <translation>Zuerst gesehen</translation>
    </message>
    <message>
        <location filename="../../ui/models/endpointsmodel.cpp" line="187"/>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::EventTableModel</name>
    <message>
        <location filename="../../ui/models/eventtablemodel.cpp" line="37"/>
        <source>Certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/eventtablemodel.cpp" line="68"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../../ui/models/eventtablemodel.cpp" line="70"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../../ui/models/eventtablemodel.cpp" line="72"/>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location filename="../../ui/models/eventtablemodel.cpp" line="74"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/models/eventtablemodel.cpp" line="76"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ExpiryTimelineChart</name>
    <message>
        <location filename="../../ui/charts/expirytimelinechart.cpp" line="29"/>
        <source>Certificates expiring per week</source>
        <translation>Ablaufende Zertifikate pro Woche</translation>
    </message>
    <message>
        <location filename="../../ui/charts/expirytimelinechart.cpp" line="91"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/expirytimelinechart.cpp" line="124"/>
        <source>%1
%2: %3 of %4 expiring — click to list them</source>
        <translation>%1
%2: %3 von %4 laufen ab – zum Auflisten klicken</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ExportCommand</name>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="127"/>
        <source>Certificate %1: %2</source>
        <translation>Zertifikat %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="171"/>
        <source>%1: the private key could not be read: %2</source>
        <translation>%1: Der private Schlüssel konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="190"/>
        <source>%1: the folder cannot be created</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="196"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="197"/>
        <location filename="../../ui/commands/exportcommand.cpp" line="272"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="260"/>
        <source>%1: exported, but the audit log could not be written: %2</source>
        <translation>%1: exportiert, aber das Aktivitätsprotokoll konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="273"/>
        <source>Some certificates could not be exported.</source>
        <translation>Einige Zertifikate konnten nicht exportiert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="274"/>
        <source>The export failed.</source>
        <translation>Der Export ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="288"/>
        <source>Export cancelled.</source>
        <translation>Export abgebrochen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/exportcommand.cpp" line="290"/>
        <source>Exported 1 certificate to %1.</source>
        <translation>1 Zertifikat nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/exportcommand.cpp" line="291"/>
        <source>Exported %n certificates to %1.</source>
        <translation>
            <numerusform>%n Zertifikat nach %1 exportiert.</numerusform>
            <numerusform>%n Zertifikate nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/exportcommand.cpp" line="293"/>
        <source>%n failed.</source>
        <translation>
            <numerusform>%n fehlgeschlagen.</numerusform>
            <numerusform>%n fehlgeschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ExportDialog</name>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="54"/>
        <source>certificate.pem, chain.pem, private_key.pem (encrypted): the ACM layout</source>
        <translation>certificate.pem, chain.pem, private_key.pem (verschlüsselt): die Aufteilung von ACM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="56"/>
        <source>Certificate, chain and key in one file (AES-256), for current systems</source>
        <translation>Zertifikat, Kette und Schlüssel in einer Datei (AES-256), für aktuelle Systeme</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="58"/>
        <source>3DES and a SHA-1 MAC, for Windows Server 2016, older Android and Java 8</source>
        <translation>3DES und SHA-1-MAC, für Windows Server 2016, ältere Android-Versionen und Java 8</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="60"/>
        <source>The certificate followed by its issuers, as nginx and HAProxy want it</source>
        <translation>Das Zertifikat gefolgt von seinen Ausstellern, wie nginx und HAProxy es erwarten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="62"/>
        <source>The certificate alone, Base64 text</source>
        <translation>Nur das Zertifikat, als Base64-Text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="64"/>
        <source>The certificate alone, binary</source>
        <translation>Nur das Zertifikat, binär</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="66"/>
        <source>One event per certificate at its expiry, with a reminder</source>
        <translation>Ein Termin pro Zertifikat bei seinem Ablauf, mit Erinnerung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="77"/>
        <source>PEM bundle (certificate, chain, private key)</source>
        <translation>PEM-Paket (Zertifikat, Kette, privater Schlüssel)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="79"/>
        <source>PKCS#12 (.p12)</source>
        <translation>PKCS#12 (.p12)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="81"/>
        <source>PKCS#12, legacy encryption</source>
        <translation>PKCS#12, alte Verschlüsselung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="83"/>
        <source>Full-chain PEM</source>
        <translation>PEM mit vollständiger Kette</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="85"/>
        <source>PEM</source>
        <translation>PEM</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="87"/>
        <source>DER</source>
        <translation>DER</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="89"/>
        <source>Expiry calendar (.ics)</source>
        <translation>Ablaufkalender (.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="116"/>
        <source>Export Certificates</source>
        <translation>Zertifikate exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="119"/>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/exportdialog.cpp" line="120"/>
        <source>Export %n certificates</source>
        <translation>
            <numerusform>%n Zertifikat exportieren</numerusform>
            <numerusform>%n Zertifikate exportieren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="130"/>
        <source>With its private key (stored encrypted in the inventory)</source>
        <translation>Mit seinem privaten Schlüssel (verschlüsselt im Inventar gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="131"/>
        <source>No private key in the inventory</source>
        <translation>Kein privater Schlüssel im Inventar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="137"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="158"/>
        <source>Not available: %1.</source>
        <translation>Nicht verfügbar: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="167"/>
        <source>&amp;Include the private key</source>
        <translation>Privaten Schlüssel &amp;einschließen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="176"/>
        <source>Not available: no private key in the inventory.</source>
        <translation>Nicht verfügbar: kein privater Schlüssel im Inventar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="177"/>
        <source>Not available: none of them has a private key in the inventory.</source>
        <translation>Nicht verfügbar: Keines davon hat einen privaten Schlüssel im Inventar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="181"/>
        <source>The one without a private key is exported without it.</source>
        <translation>Das Zertifikat ohne privaten Schlüssel wird ohne Schlüssel exportiert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="185"/>
        <source>Decrypted in memory only, after the key store is unlocked; logged.</source>
        <translation>Wird nur im Arbeitsspeicher entschlüsselt, nachdem der Schlüsselspeicher entsperrt wurde; wird protokolliert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="191"/>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="337"/>
        <source>Protection</source>
        <translation>Schutz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="200"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="201"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="202"/>
        <source>%1 to %2 characters. Needed to open the exported file; certdesk does not keep it.</source>
        <translation>%1 bis %2 Zeichen. Wird zum Öffnen der exportierten Datei benötigt; certdesk speichert sie nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="219"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="238"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="258"/>
        <source>no private key in the inventory</source>
        <translation>kein privater Schlüssel im Inventar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="260"/>
        <source>none of them has a private key in the inventory</source>
        <translation>keines davon hat einen privaten Schlüssel im Inventar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="262"/>
        <source>1 of %1 has no private key in the inventory</source>
        <translation>1 von %1 hat keinen privaten Schlüssel im Inventar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/exportdialog.cpp" line="133"/>
        <source>%n of them with a private key in the inventory</source>
        <translation>
            <numerusform>%n davon mit privatem Schlüssel im Inventar</numerusform>
            <numerusform>%n davon mit privatem Schlüssel im Inventar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/exportdialog.cpp" line="182"/>
        <source>The %n without a private key are exported without one.</source>
        <translation>
            <numerusform>Das %n Zertifikat ohne privaten Schlüssel wird ohne Schlüssel exportiert.</numerusform>
            <numerusform>Die %n Zertifikate ohne privaten Schlüssel werden ohne Schlüssel exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/exportdialog.cpp" line="263"/>
        <source>%n of %1 have no private key in the inventory</source>
        <translation>
            <numerusform>%n von %1 hat keinen privaten Schlüssel im Inventar</numerusform>
            <numerusform>%n von %1 haben keinen privaten Schlüssel im Inventar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="337"/>
        <source>Protection (not needed for this format)</source>
        <translation>Schutz (für dieses Format nicht nötig)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="338"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="338"/>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="355"/>
        <source>Enter a passphrase to protect the exported private key.</source>
        <translation>Geben Sie eine Passphrase ein, um den exportierten privaten Schlüssel zu schützen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="356"/>
        <source>Enter a passphrase for the PKCS#12 file.</source>
        <translation>Geben Sie eine Passphrase für die PKCS#12-Datei ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="359"/>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Die Passphrase muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="361"/>
        <source>The passphrase can have at most %1 characters.</source>
        <translation>Die Passphrase darf höchstens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="364"/>
        <source>Type the passphrase again in Repeat.</source>
        <translation>Geben Sie die Passphrase unter „Wiederholen“ erneut ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="367"/>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="376"/>
        <source>Choose a folder to export to.</source>
        <translation>Wählen Sie einen Ordner für den Export.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="376"/>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="379"/>
        <source>Give the full path of the destination.</source>
        <translation>Geben Sie den vollständigen Pfad des Ziels an.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="381"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="383"/>
        <source>%1 is a file; choose a folder.</source>
        <translation>%1 ist eine Datei; wählen Sie einen Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="385"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="387"/>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 existiert bereits und wird ersetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="389"/>
        <source>The folder is not empty: files with the same names are replaced.</source>
        <translation>Der Ordner ist nicht leer: Dateien mit gleichem Namen werden ersetzt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="408"/>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="411"/>
        <source>Calendar (*.ics)</source>
        <translation>Kalender (*.ics)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="412"/>
        <source>DER certificate (*.der *.cer)</source>
        <translation>DER-Zertifikat (*.der *.cer)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="413"/>
        <source>PKCS#12 (*.p12 *.pfx)</source>
        <translation>PKCS#12 (*.p12 *.pfx)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="414"/>
        <source>PEM (*.pem *.crt)</source>
        <translation>PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/exportdialog.cpp" line="415"/>
        <source>Export to File</source>
        <translation>In Datei exportieren</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::FilePasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="24"/>
        <source>PKCS#12 Password</source>
        <translation>PKCS#12-Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="24"/>
        <source>Private Key Password</source>
        <translation>Passwort des privaten Schlüssels</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="32"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="47"/>
        <source>&lt;b&gt;%1&lt;/b&gt; is protected by a password.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist durch ein Passwort geschützt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="48"/>
        <source>The private key in &lt;b&gt;%1&lt;/b&gt; is encrypted.</source>
        <translation>Der private Schlüssel in &lt;b&gt;%1&lt;/b&gt; ist verschlüsselt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="54"/>
        <source>Enter its password to import it, or skip this file and go on with the others.</source>
        <translation>Geben Sie das Passwort ein, um die Datei zu importieren, oder überspringen Sie sie und fahren Sie mit den anderen fort.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="64"/>
        <source>Clear the password</source>
        <translation>Passwort leeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="66"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="69"/>
        <source>&amp;Use this password for the remaining files</source>
        <translation>Dieses Passwort für die &amp;restlichen Dateien verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="73"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/filepassworddialog.cpp" line="75"/>
        <source>&amp;Skip File</source>
        <translation>Datei über&amp;springen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ImportCommand</name>
    <message>
        <location filename="../../ui/commands/importcommand.cpp" line="47"/>
        <source>Wrong master password. Try again.</source>
        <translation>Falsches Master-Passwort. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importcommand.cpp" line="94"/>
        <source>Import Certificates and Keys</source>
        <translation>Zertifikate und Schlüssel importieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/importcommand.cpp" line="95"/>
        <source>Certificates and keys (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx *.key *.csr *.crl);;All files (*)</source>
        <translation>Zertifikate und Schlüssel (*.pem *.crt *.cer *.der *.p7b *.p7c *.p12 *.pfx *.key *.csr *.crl);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ImportProgressDialog</name>
    <message>
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="17"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="19"/>
        <source>Importing certificates and keys…</source>
        <translation>Zertifikate und Schlüssel werden importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="29"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="33"/>
        <source>Looking for files…</source>
        <translation>Dateien werden gesucht…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="52"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="67"/>
        <source>%1 of %Ln files</source>
        <translation>
            <numerusform>%1 von %Ln Datei</numerusform>
            <numerusform>%1 von %Ln Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="68"/>
        <source>%1 of %Ln texts</source>
        <translation>
            <numerusform>%1 von %Ln Text</numerusform>
            <numerusform>%1 von %Ln Texten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="71"/>
        <source>%1 per second</source>
        <translation>%1 pro Sekunde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="90"/>
        <source>Cancelling the import…</source>
        <translation>Import wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importprogressdialog.cpp" line="93"/>
        <source>Finishing the batch being written; what was written stays in the inventory.</source>
        <translation>Der gerade geschriebene Stapel wird abgeschlossen; was bereits geschrieben wurde, bleibt im Inventar.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ImportSummaryDialog</name>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="29"/>
        <source>Inputs read</source>
        <translation>Gelesene Eingaben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="30"/>
        <source>New certificates</source>
        <translation>Neue Zertifikate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="31"/>
        <source>Already in the inventory</source>
        <translation>Bereits im Inventar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="32"/>
        <source>Private keys stored (encrypted)</source>
        <translation>Gespeicherte private Schlüssel (verschlüsselt)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="33"/>
        <source>Keys attached to a certificate</source>
        <translation>Einem Zertifikat zugeordnete Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="34"/>
        <source>Keys without a certificate yet</source>
        <translation>Schlüssel noch ohne Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="35"/>
        <source>Certificate requests</source>
        <translation>Zertifikatsanforderungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="36"/>
        <source>Revocation lists</source>
        <translation>Sperrlisten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="37"/>
        <source>Revocations applied</source>
        <translation>Übernommene Sperrungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="38"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="48"/>
        <source>Import Cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="48"/>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="85"/>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="162"/>
        <source>Failures:</source>
        <translation>Fehler:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="90"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="90"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="91"/>
        <source>Failures</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="110"/>
        <source>&amp;Copy Report</source>
        <translation>Bericht &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="111"/>
        <source>Copy the whole report as text</source>
        <translation>Den ganzen Bericht als Text kopieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="114"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="134"/>
        <source>Imported 1 certificate</source>
        <translation>1 Zertifikat importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="135"/>
        <source>Imported %Ln certificates</source>
        <translation>
            <numerusform>%Ln Zertifikat importiert</numerusform>
            <numerusform>%Ln Zertifikate importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="140"/>
        <source>%Ln keys attached</source>
        <translation>
            <numerusform>%Ln Schlüssel zugeordnet</numerusform>
            <numerusform>%Ln Schlüssel zugeordnet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="145"/>
        <source>Cancelled. %1</source>
        <translation>Abgebrochen. %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="137"/>
        <source>%1 already present</source>
        <translation>%1 bereits vorhanden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="139"/>
        <source>1 key attached</source>
        <translation>1 Schlüssel zugeordnet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/importsummarydialog.cpp" line="142"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::InUseView</name>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="37"/>
        <source>&amp;Deploy…</source>
        <translation>&amp;Bereitstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="38"/>
        <source>Write this certificate into a folder a server reads, and reload the server</source>
        <translation>Dieses Zertifikat in einen Ordner schreiben, den ein Server liest, und den Server neu laden</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="48"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="48"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="48"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="48"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="51"/>
        <source>Where the certificate is in use</source>
        <translation>Wo das Zertifikat im Einsatz ist</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="106"/>
        <source>Looking where the certificate is in use…</source>
        <translation>Suche, wo das Zertifikat im Einsatz ist…</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="113"/>
        <source>Not in use as far as certdesk knows</source>
        <translation>Soweit certdesk weiß, nicht im Einsatz</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="116"/>
        <source>%1 → %2 (%3)</source>
        <translation>%1 → %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="118"/>
        <source>served by %1</source>
        <translation>ausgeliefert von %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="120"/>
        <source>found in %1</source>
        <translation>gefunden in %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/inuseview.cpp" line="121"/>
        <source>found in %n files</source>
        <translation>
            <numerusform>gefunden in %n Datei</numerusform>
            <numerusform>gefunden in %n Dateien</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="129"/>
        <source>Cannot tell where the certificate is in use: %1</source>
        <translation>Es lässt sich nicht sagen, wo das Zertifikat im Einsatz ist: %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="142"/>
        <source>%1, last run %2</source>
        <translation>%1, zuletzt gelaufen %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="143"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="145"/>
        <source>endpoint %1: %2</source>
        <translation>Endpunkt %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="148"/>
        <source>Deployment %1</source>
        <translation>Bereitstellung %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="158"/>
        <source>last seen %1</source>
        <translation>zuletzt gesehen %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="159"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="165"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="165"/>
        <source>found by a file scan</source>
        <translation>von einem Dateiscan gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="171"/>
        <source>No deployment writes this certificate, no endpoint was seen serving it and no file scan found it. Deploy it, or run a discovery scan.</source>
        <translation>Keine Bereitstellung schreibt dieses Zertifikat, kein Endpunkt lieferte es aus und kein Dateiscan hat es gefunden. Stellen Sie es bereit oder starten Sie einen Erkennungsscan.</translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="173"/>
        <source>In use in 1 place.</source>
        <translation>An 1 Stelle im Einsatz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/inuseview.cpp" line="173"/>
        <source>In use in %n places.</source>
        <translation>
            <numerusform>An %n Stelle im Einsatz.</numerusform>
            <numerusform>An %n Stellen im Einsatz.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/details/inuseview.cpp" line="176"/>
        <source>Deleting the certificate is refused while deployments write it.</source>
        <translation>Das Zertifikat lässt sich nicht löschen, solange Bereitstellungen es schreiben.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::IssueCertificateDialog</name>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="81"/>
        <source>&quot;%1&quot; is not a DNS name, IP address, e-mail address or URI.</source>
        <translation>„%1“ ist weder DNS-Name noch IP-Adresse, E-Mail-Adresse oder URI.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="96"/>
        <source>Issue Certificate</source>
        <translation>Zertifikat ausstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="99"/>
        <source>Issue a certificate from %1</source>
        <translation>Ein Zertifikat von %1 ausstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="112"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="118"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="128"/>
        <source>&amp;Generate a key:</source>
        <translation>Schlüssel er&amp;zeugen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="130"/>
        <source>Key algorithm</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="139"/>
        <source>From a &amp;CSR file:</source>
        <translation>Aus einer &amp;CSR-Datei:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="141"/>
        <source>CSR file</source>
        <translation>CSR-Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="142"/>
        <source>request.csr (PEM or DER)</source>
        <translation>request.csr (PEM oder DER)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="143"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="144"/>
        <source>Choose a certificate signing request</source>
        <translation>Eine Zertifikatsanforderung wählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="156"/>
        <source>Key:</source>
        <translation>Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="159"/>
        <source>www.example.com</source>
        <translation>www.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="161"/>
        <source>Alternative names</source>
        <translation>Alternative Namen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="162"/>
        <source>www.example.com, api.example.com, 10.0.0.5</source>
        <translation>www.example.com, api.example.com, 10.0.0.5</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="164"/>
        <source>&amp;Alternative names:</source>
        <translation>&amp;Alternative Namen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="169"/>
        <source>the CA&apos;s certificate</source>
        <translation>das Zertifikat der CA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="170"/>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="194"/>
        <source>Issuing the certificate</source>
        <translation>Zertifikat wird ausgestellt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="205"/>
        <source>&amp;Issue</source>
        <translation>Aus&amp;stellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="258"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="289"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="305"/>
        <source>%1 holds no certificate signing request.</source>
        <translation>%1 enthält keine Zertifikatsanforderung.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="307"/>
        <source>The CSR&apos;s signature does not verify: it was changed or is broken.</source>
        <translation>Die Signatur der CSR lässt sich nicht prüfen: Sie wurde verändert oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="315"/>
        <source>%1 · %2 · requests %3</source>
        <translation>%1 · %2 · beantragt %3</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="316"/>
        <source>no subject</source>
        <translation>kein Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="318"/>
        <source>no alternative names</source>
        <translation>keine alternativen Namen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="333"/>
        <source>Certificate Signing Request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="334"/>
        <source>Certificate signing requests (*.csr *.req *.pem *.der);;All files (*)</source>
        <translation>Zertifikatsanforderungen (*.csr *.req *.pem *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="358"/>
        <source>Choose a template.</source>
        <translation>Wählen Sie eine Vorlage.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="361"/>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="363"/>
        <source>Choose the CSR file.</source>
        <translation>Wählen Sie die CSR-Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="365"/>
        <source>A CA certificate is issued for the subordinate CA&apos;s own key: choose its CSR file.</source>
        <translation>Ein CA-Zertifikat wird für den eigenen Schlüssel der untergeordneten CA ausgestellt: Wählen Sie ihre CSR-Datei.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="378"/>
        <source>%1 is outside the CA&apos;s name constraints: %2</source>
        <translation>%1 liegt außerhalb der Namenseinschränkungen der CA: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="383"/>
        <source>%1 issues short-lived certificates only: at most %n days.</source>
        <translation>
            <numerusform>%1 stellt nur kurzlebige Zertifikate aus: höchstens %n Tag.</numerusform>
            <numerusform>%1 stellt nur kurzlebige Zertifikate aus: höchstens %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="395"/>
        <source>DNS names, IP addresses, e-mail addresses or URIs, separated by commas.</source>
        <translation>DNS-Namen, IP-Adressen, E-Mail-Adressen oder URIs, durch Kommas getrennt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="410"/>
        <source>the CSR&apos;s %1 key</source>
        <translation>dem %1-Schlüssel der CSR</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="411"/>
        <source>a new %1 key, kept encrypted in the inventory</source>
        <translation>einem neuen %1-Schlüssel, verschlüsselt im Inventar gespeichert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="413"/>
        <source>%1 for %2 with %n alternative names, valid until %3, for %4; signed by %5.</source>
        <translation>
            <numerusform>%1 für %2 mit %n alternativen Namen, gültig bis %3, mit %4; signiert von %5.</numerusform>
            <numerusform>%1 für %2 mit %n alternativen Namen, gültig bis %3, mit %4; signiert von %5.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/issuecertificatedialog.cpp" line="463"/>
        <source>Nothing was issued: %1</source>
        <translation>Es wurde nichts ausgestellt: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::IssuedCertificatesModel</name>
    <message>
        <location filename="../../ui/models/issuedcertificatesmodel.cpp" line="172"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/models/issuedcertificatesmodel.cpp" line="205"/>
        <source>Revoked %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/issuedcertificatesmodel.cpp" line="223"/>
        <source>Serial</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../../ui/models/issuedcertificatesmodel.cpp" line="225"/>
        <source>Subject</source>
        <translation>Antragsteller</translation>
    </message>
    <message>
        <location filename="../../ui/models/issuedcertificatesmodel.cpp" line="227"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/models/issuedcertificatesmodel.cpp" line="229"/>
        <source>Not after</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location filename="../../ui/models/issuedcertificatesmodel.cpp" line="231"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::Labels</name>
    <message>
        <location filename="../../ui/models/labels.cpp" line="12"/>
        <location filename="../../ui/models/labels.cpp" line="82"/>
        <location filename="../../ui/models/labels.cpp" line="213"/>
        <location filename="../../ui/models/labels.cpp" line="257"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="14"/>
        <location filename="../../ui/models/labels.cpp" line="109"/>
        <location filename="../../ui/models/labels.cpp" line="215"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="16"/>
        <source>Not yet valid</source>
        <translation>Noch nicht gültig</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="18"/>
        <location filename="../../ui/models/labels.cpp" line="77"/>
        <location filename="../../ui/models/labels.cpp" line="217"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="25"/>
        <location filename="../../ui/models/labels.cpp" line="65"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="27"/>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="29"/>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="67"/>
        <source>Key imported</source>
        <translation>Schlüssel importiert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="69"/>
        <source>Key used</source>
        <translation>Schlüssel verwendet</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="71"/>
        <location filename="../../ui/models/labels.cpp" line="113"/>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="73"/>
        <source>Tagged</source>
        <translation>Getaggt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="75"/>
        <source>Untagged</source>
        <translation>Tag entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="79"/>
        <source>Exported</source>
        <translation>Exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="84"/>
        <source>Hold released</source>
        <translation>Sperre aufgehoben</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="86"/>
        <source>CA created</source>
        <translation>CA angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="88"/>
        <source>CA certificate installed</source>
        <translation>CA-Zertifikat installiert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="90"/>
        <source>CA disabled</source>
        <translation>CA deaktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="92"/>
        <source>CA enabled</source>
        <translation>CA aktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="94"/>
        <source>CA deleted</source>
        <translation>CA gelöscht</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="96"/>
        <source>CA restored</source>
        <translation>CA wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="98"/>
        <source>CA purged</source>
        <translation>CA endgültig entfernt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="105"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="107"/>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="111"/>
        <source>Waiting for its certificate</source>
        <translation>Wartet auf ihr Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="120"/>
        <location filename="../../ui/models/labels.cpp" line="164"/>
        <source>Root CA</source>
        <translation>Stamm-CA</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="122"/>
        <source>Subordinate CA</source>
        <translation>Untergeordnete CA</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="133"/>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="134"/>
        <source>Key compromise</source>
        <translation>Schlüssel kompromittiert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="135"/>
        <source>CA compromise</source>
        <translation>CA kompromittiert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="136"/>
        <source>Affiliation changed</source>
        <translation>Zugehörigkeit geändert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="137"/>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="138"/>
        <source>Cessation of operation</source>
        <translation>Betrieb eingestellt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="139"/>
        <source>Certificate hold</source>
        <translation>Zertifikat gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="140"/>
        <source>Remove from CRL</source>
        <translation>Aus CRL entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="141"/>
        <source>Privilege withdrawn</source>
        <translation>Berechtigung entzogen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="142"/>
        <source>Attribute authority compromise</source>
        <translation>Attributautorität kompromittiert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="154"/>
        <source>TLS server and client</source>
        <translation>TLS-Server und -Client</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="156"/>
        <source>TLS server</source>
        <translation>TLS-Server</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="158"/>
        <source>TLS client</source>
        <translation>TLS-Client</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="160"/>
        <source>Code signing</source>
        <translation>Codesignatur</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="162"/>
        <source>OCSP responder</source>
        <translation>OCSP-Responder</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="167"/>
        <source>Subordinate CA, path length %1</source>
        <translation>Untergeordnete CA, Pfadlänge %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="174"/>
        <source>For servers and clients alike: both TLS extended key usages.</source>
        <translation>Für Server und Clients gleichermaßen: beide erweiterten TLS-Schlüsselverwendungen.</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="176"/>
        <source>For a TLS server: web servers, APIs, mail and database servers.</source>
        <translation>Für einen TLS-Server: Web-, API-, Mail- und Datenbankserver.</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="178"/>
        <source>For a TLS client: mutual TLS between services, VPN users.</source>
        <translation>Für einen TLS-Client: gegenseitiges TLS zwischen Diensten, VPN-Benutzer.</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="180"/>
        <source>Signs software and scripts.</source>
        <translation>Signiert Software und Skripte.</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="182"/>
        <source>A delegated OCSP responder (with OCSP no-check).</source>
        <translation>Ein delegierter OCSP-Responder (mit OCSP no-check).</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="184"/>
        <source>A self-signed root CA without a path length limit.</source>
        <translation>Eine selbstsignierte Stamm-CA ohne Begrenzung der Pfadlänge.</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="188"/>
        <source>A subordinate CA that issues only end-entity certificates.</source>
        <translation>Eine untergeordnete CA, die nur Endzertifikate ausstellt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/labels.cpp" line="189"/>
        <source>A subordinate CA with at most %n CA levels below it.</source>
        <translation>
            <numerusform>Eine untergeordnete CA mit höchstens %n CA-Ebene darunter.</numerusform>
            <numerusform>Eine untergeordnete CA mit höchstens %n CA-Ebenen darunter.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="212"/>
        <source>Pending validation</source>
        <translation>Validierung ausstehend</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="214"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="216"/>
        <source>Validation timed out</source>
        <translation>Validierung abgelaufen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="218"/>
        <location filename="../../ui/models/labels.cpp" line="267"/>
        <location filename="../../ui/models/labels.cpp" line="278"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="226"/>
        <source>Pending auto-renewal</source>
        <translation>Erneuerung ausstehend</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="227"/>
        <source>Waiting for the certificate</source>
        <translation>Wartet auf das Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="228"/>
        <location filename="../../ui/models/labels.cpp" line="261"/>
        <location filename="../../ui/models/labels.cpp" line="275"/>
        <source>Renewed</source>
        <translation>Erneuert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="229"/>
        <location filename="../../ui/models/labels.cpp" line="262"/>
        <source>Renewal failed</source>
        <translation>Erneuerung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="237"/>
        <source>Eligible</source>
        <translation>Erneuerbar</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="238"/>
        <source>Ineligible</source>
        <translation>Nicht erneuerbar</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="246"/>
        <source>Private CA</source>
        <translation>Private CA</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="247"/>
        <source>ACME account</source>
        <translation>ACME-Konto</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="248"/>
        <source>External CA</source>
        <translation>Externe CA</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="256"/>
        <source>Requested</source>
        <translation>Angefordert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="258"/>
        <source>Not issued</source>
        <translation>Nicht ausgestellt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="259"/>
        <location filename="../../ui/models/labels.cpp" line="276"/>
        <source>CSR created</source>
        <translation>CSR erzeugt</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="260"/>
        <source>Certificate imported and matched</source>
        <translation>Zertifikat importiert und zugeordnet</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="263"/>
        <source>Renewal settings changed</source>
        <translation>Erneuerungseinstellungen geändert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="264"/>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="265"/>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="266"/>
        <source>Adopted</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="277"/>
        <source>Would renew</source>
        <translation>Würde erneuern</translation>
    </message>
    <message>
        <location filename="../../ui/models/labels.cpp" line="279"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::LifetimeBar</name>
    <message>
        <location filename="../../ui/details/lifetimebar.cpp" line="18"/>
        <source>%1% of the validity period has passed</source>
        <translation>%1 % der Gültigkeitsdauer sind verstrichen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::MainWindow</name>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="101"/>
        <source>%1 — certdesk</source>
        <translation>%1 – certdesk</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="151"/>
        <source>The inventory database</source>
        <translation>Die Inventardatenbank</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="352"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="365"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="366"/>
        <source>Certificates</source>
        <translation>Zertifikate</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="371"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="400"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="409"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="420"/>
        <source>Import from &amp;Clipboard</source>
        <translation>Aus &amp;Zwischenablage importieren</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="438"/>
        <source>Fill with &amp;Demo Certificates</source>
        <translation>Mit &amp;Demozertifikaten füllen</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="439"/>
        <source>Create a sample PKI with about sixty certificates in this empty inventory (demo keys use the master password &quot;%1&quot;)</source>
        <translation>Eine Beispiel-PKI mit etwa sechzig Zertifikaten in diesem leeren Inventar anlegen (die Demoschlüssel verwenden das Master-Passwort „%1“)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="443"/>
        <source>&amp;Lock Key Store</source>
        <translation>Schlüsselspeicher &amp;sperren</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="413"/>
        <source>Import certificates, chains, PKCS#12 files and keys (%1)</source>
        <translation>Zertifikate, Ketten, PKCS#12-Dateien und Schlüssel importieren (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="98"/>
        <source>%1 on %2 — certdesk</source>
        <translation>%1 auf %2 — certdesk</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="144"/>
        <source>The team inventory (PostgreSQL)</source>
        <translation>Das Team-Inventar (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="145"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="146"/>
        <source>Signed in as</source>
        <translation>Angemeldet als</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="147"/>
        <source>Connected as %1; the role %2 decides what you may change</source>
        <translation>Verbunden als %1; die Rolle %2 bestimmt, was Sie ändern dürfen</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="153"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="271"/>
        <source>Select a certificate, then Deploy… (%1)</source>
        <translation>Wählen Sie ein Zertifikat, dann Bereitstellen… (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/mainwindow.cpp" line="292"/>
        <source>The scan found %n certificates; the first is shown, the Discovery page lists every endpoint with its certificate.</source>
        <translation>
            <numerusform>Der Scan hat %n Zertifikat gefunden; es wird gezeigt, die Seite Erkennung listet jeden Endpunkt mit seinem Zertifikat.</numerusform>
            <numerusform>Der Scan hat %n Zertifikate gefunden; das erste wird gezeigt, die Seite Erkennung listet jeden Endpunkt mit seinem Zertifikat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/mainwindow.cpp" line="303"/>
        <source>Scheduled discovery scans ran: %n new certificates found.</source>
        <translation>
            <numerusform>Geplante Erkennungsscans sind gelaufen: %n neues Zertifikat gefunden.</numerusform>
            <numerusform>Geplante Erkennungsscans sind gelaufen: %n neue Zertifikate gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="305"/>
        <source>Scheduled discovery scans ran: %1.</source>
        <translation>Geplante Erkennungsscans sind gelaufen: %1.</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="367"/>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="368"/>
        <source>Private CAs</source>
        <translation>Private CAs</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="369"/>
        <source>Deployments</source>
        <translation>Bereitstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="370"/>
        <source>Discovery</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="372"/>
        <source>ACME Accounts</source>
        <translation>ACME-Konten</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="401"/>
        <source>Open &amp;Team Inventory…</source>
        <translation>&amp;Team-Inventar öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="403"/>
        <source>Open an inventory a team shares on a PostgreSQL server (%1)</source>
        <translation>Ein Inventar öffnen, das ein Team auf einem PostgreSQL-Server teilt (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="405"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="415"/>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="418"/>
        <source>Import every certificate and key in a folder and its subfolders (%1)</source>
        <translation>Alle Zertifikate und Schlüssel aus einem Ordner und seinen Unterordnern importieren (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="424"/>
        <source>Import PEM text from the clipboard (%1)</source>
        <translation>PEM-Text aus der Zwischenablage importieren (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="429"/>
        <source>Export the selected certificates: PEM bundle, PKCS#12, full chain, DER, expiry calendar (%1)</source>
        <translation>Die ausgewählten Zertifikate exportieren: PEM-Paket, PKCS#12, vollständige Kette, DER, Ablaufkalender (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="446"/>
        <source>Forget the master password until a private key is needed again (%1)</source>
        <translation>Das Master-Passwort vergessen, bis wieder ein privater Schlüssel gebraucht wird (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="448"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="453"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="459"/>
        <source>&amp;Certificate</source>
        <translation>&amp;Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="466"/>
        <source>Re&amp;quest</source>
        <translation>An&amp;forderung</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="476"/>
        <source>Private C&amp;A</source>
        <translation>&amp;Private CA</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="493"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="500"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="501"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="502"/>
        <source>&amp;Requests</source>
        <translation>An&amp;forderungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="503"/>
        <source>&amp;Private CAs</source>
        <translation>&amp;Private CAs</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="504"/>
        <source>De&amp;ployments</source>
        <translation>Be&amp;reitstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="505"/>
        <source>Disco&amp;very</source>
        <translation>Er&amp;kennung</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="506"/>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivität</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="507"/>
        <source>AC&amp;ME Accounts</source>
        <translation>AC&amp;ME-Konten</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="514"/>
        <source>&amp;Find Certificates</source>
        <translation>Zertifikate &amp;suchen</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="519"/>
        <source>Details &amp;Panel</source>
        <translation>Detail&amp;bereich</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="526"/>
        <source>A&amp;ppearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="533"/>
        <source>Follow the &amp;System</source>
        <translation>Dem &amp;System folgen</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="534"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="535"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="545"/>
        <source>&amp;Refresh</source>
        <translation>Ak&amp;tualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="549"/>
        <source>Read the inventory again (%1)</source>
        <translation>Das Inventar neu einlesen (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="560"/>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="561"/>
        <source>Renew the selected managed certificate now (%1)</source>
        <translation>Das ausgewählte verwaltete Zertifikat jetzt erneuern (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="673"/>
        <source>&amp;Local Inventory (%1)</source>
        <translation>&amp;Lokales Inventar (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/mainwindow.cpp" line="813"/>
        <source>%Ln certificates</source>
        <translation>
            <numerusform>%Ln Zertifikat</numerusform>
            <numerusform>%Ln Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="860"/>
        <source>Import a Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="551"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="552"/>
        <source>&amp;About certdesk</source>
        <translation>&amp;Über certdesk</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="554"/>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="622"/>
        <source>The clipboard holds no text to import</source>
        <translation>Die Zwischenablage enthält keinen Text zum Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="625"/>
        <source>Clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="632"/>
        <source>Key store locked: using a private key asks for the master password again</source>
        <translation>Schlüsselspeicher gesperrt: Die Verwendung eines privaten Schlüssels fragt wieder nach dem Master-Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="650"/>
        <source>The new inventory location takes effect when certdesk starts again</source>
        <translation>Der neue Speicherort des Inventars gilt ab dem nächsten Start von certdesk</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="653"/>
        <source>The new language takes effect when certdesk starts again</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von certdesk</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="707"/>
        <source>Creating demo certificates…</source>
        <translation>Demozertifikate werden angelegt…</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="717"/>
        <source>Demo certificates created; their private keys use the master password &quot;%1&quot;</source>
        <translation>Demozertifikate angelegt; ihre privaten Schlüssel verwenden das Master-Passwort „%1“</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="722"/>
        <source>Demo Certificates</source>
        <translation>Demozertifikate</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="769"/>
        <source>Dropped text</source>
        <translation>Abgelegter Text</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="812"/>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="815"/>
        <source>Cannot count certificates</source>
        <translation>Zertifikate können nicht gezählt werden</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="818"/>
        <source>Key store: no master password yet</source>
        <translation>Schlüsselspeicher: noch kein Master-Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="819"/>
        <source>A master password is set with the first private key imported</source>
        <translation>Ein Master-Passwort wird mit dem ersten importierten privaten Schlüssel festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="821"/>
        <source>Key store: unlocked</source>
        <translation>Schlüsselspeicher: entsperrt</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="822"/>
        <source>Private keys can be used without asking for the master password</source>
        <translation>Private Schlüssel können ohne Abfrage des Master-Passworts verwendet werden</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="824"/>
        <source>Key store: locked</source>
        <translation>Schlüsselspeicher: gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/views/mainwindow.cpp" line="825"/>
        <source>Private keys are encrypted; using one asks for the master password</source>
        <translation>Private Schlüssel sind verschlüsselt; ihre Verwendung fragt nach dem Master-Passwort</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ManagedActions</name>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="76"/>
        <source>&amp;Request Certificate…</source>
        <translation>Zertifikat an&amp;fordern…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="78"/>
        <source>Re&amp;new Now</source>
        <translation>Jetzt er&amp;neuern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="82"/>
        <source>Renewal &amp;Settings…</source>
        <translation>Erneuerungs&amp;einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="86"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="90"/>
        <source>Re&amp;activate</source>
        <translation>Re&amp;aktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="94"/>
        <source>Save &amp;CSR…</source>
        <translation>&amp;CSR speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="98"/>
        <source>Revoke through &amp;ACME…</source>
        <translation>Über &amp;ACME widerrufen…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="102"/>
        <source>Request a certificate from a private CA or through a CSR (%1)</source>
        <translation>Ein Zertifikat bei einer privaten CA oder über einen CSR anfordern (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="104"/>
        <source>Renew the selected managed certificate now, due or not (%1)</source>
        <translation>Das ausgewählte verwaltete Zertifikat jetzt erneuern, ob fällig oder nicht (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="106"/>
        <source>When it renews, with which key, and whether the key may be exported</source>
        <translation>Wann es erneuert wird, mit welchem Schlüssel und ob der Schlüssel exportiert werden darf</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="107"/>
        <source>Stop renewing it; its certificates stay</source>
        <translation>Nicht mehr erneuern; seine Zertifikate bleiben</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="108"/>
        <source>Renew it again</source>
        <translation>Wieder erneuern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="109"/>
        <source>Save the certificate signing request to take to the external CA</source>
        <translation>Die Zertifikatsanforderung speichern, um sie der externen CA zu geben</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="110"/>
        <source>Ask the public CA to revoke the current certificate</source>
        <translation>Die öffentliche CA bitten, das aktuelle Zertifikat zu widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="145"/>
        <location filename="../../ui/commands/managedactions.cpp" line="365"/>
        <source>Another request or renewal is still running.</source>
        <translation>Eine andere Anforderung oder Erneuerung läuft noch.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="169"/>
        <source>Requests</source>
        <translation>Anforderungen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="178"/>
        <source>%1: cancelled, no master password was given.</source>
        <translation>%1: abgebrochen, es wurde kein Master-Passwort eingegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="180"/>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="217"/>
        <source>Generating the key and the CSR for %1…</source>
        <translation>Schlüssel und CSR für %1 werden erzeugt…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="218"/>
        <source>Validating %1 with the ACME CA…</source>
        <translation>%1 wird bei der ACME-CA validiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="219"/>
        <source>Generating the key for %1 and having it signed…</source>
        <translation>Schlüssel für %1 wird erzeugt und signiert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="249"/>
        <location filename="../../ui/commands/managedactions.cpp" line="401"/>
        <source>no master password was given.</source>
        <translation>es wurde kein Master-Passwort eingegeben.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="253"/>
        <source>The certificate was not requested: %1</source>
        <translation>Das Zertifikat wurde nicht angefordert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="261"/>
        <source>%1 for %2 failed: %3</source>
        <translation>%1 für %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="272"/>
        <source>%1: the key and the CSR for %2 are ready; save the CSR and have it signed.</source>
        <translation>%1: Schlüssel und CSR für %2 sind bereit; speichern Sie den CSR und lassen Sie ihn signieren.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="274"/>
        <source>%1: issued %2, valid until %3.</source>
        <translation>%1: %2 ausgestellt, gültig bis %3.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="282"/>
        <source>another request or renewal is still running.</source>
        <translation>eine andere Anforderung oder Erneuerung läuft noch.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="292"/>
        <source>%1, through ACME account %2. The CA publishes the revocation; it cannot be undone.</source>
        <translation>%1, über ACME-Konto %2. Die CA veröffentlicht den Widerruf; er lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="295"/>
        <source>Revoke through ACME</source>
        <translation>Über ACME widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="307"/>
        <source>Revoking through ACME…</source>
        <translation>Widerruf über ACME…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="313"/>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="316"/>
        <source>%1: the CA revoked the certificate for %2.</source>
        <translation>%1: Die CA hat das Zertifikat für %2 widerrufen.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="328"/>
        <source>Renewing…</source>
        <translation>Wird erneuert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="339"/>
        <source>Renew</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="344"/>
        <location filename="../../ui/commands/managedactions.cpp" line="406"/>
        <location filename="../../ui/commands/managedactions.cpp" line="407"/>
        <source>Renewing %1 failed: %2</source>
        <translation>Erneuern von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="349"/>
        <source>%1: a new CSR waits for the external CA; save it and have it signed.</source>
        <translation>%1: Ein neuer CSR wartet auf die externe CA; speichern Sie ihn und lassen Sie ihn signieren.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="351"/>
        <location filename="../../ui/commands/managedactions.cpp" line="414"/>
        <source>%1 renewed: %2 is valid until %3.</source>
        <translation>%1 erneuert: %2 ist gültig bis %3.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="378"/>
        <source>Renewing %1…</source>
        <translation>%1 wird erneuert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="394"/>
        <source>Renewing %1 was cancelled; the current certificate stays.</source>
        <translation>Das Erneuern von %1 wurde abgebrochen; das aktuelle Zertifikat bleibt.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="409"/>
        <source>The certificate was not renewed: %1</source>
        <translation>Das Zertifikat wurde nicht erneuert: %1</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="417"/>
        <source>%1 renewed.</source>
        <translation>%1 erneuert.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="449"/>
        <source>Saving the renewal settings…</source>
        <translation>Erneuerungseinstellungen werden gespeichert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="455"/>
        <source>Renewal settings</source>
        <translation>Erneuerungseinstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="460"/>
        <source>Renewal settings of %1 saved: it renews from %2.</source>
        <translation>Erneuerungseinstellungen von %1 gespeichert: Erneuerung ab %2.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="462"/>
        <source>Renewal settings of %1 saved.</source>
        <translation>Erneuerungseinstellungen von %1 gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="468"/>
        <source>Reactivating…</source>
        <translation>Wird reaktiviert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="468"/>
        <source>Deactivating…</source>
        <translation>Wird deaktiviert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="478"/>
        <source>Reactivate</source>
        <translation>Reaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="478"/>
        <source>Deactivate</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="482"/>
        <source>%1 is active again: it renews when due.</source>
        <translation>%1 ist wieder aktiv: es wird bei Fälligkeit erneuert.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="483"/>
        <source>%1 is inactive: it is not renewed; its certificates stay.</source>
        <translation>%1 ist inaktiv: es wird nicht erneuert; seine Zertifikate bleiben.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="494"/>
        <source>Save the Certificate Signing Request</source>
        <translation>Zertifikatsanforderung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="496"/>
        <source>Certificate signing request (*.csr *.pem)</source>
        <translation>Zertifikatsanforderung (*.csr *.pem)</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="505"/>
        <source>Saving the CSR…</source>
        <translation>CSR wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="519"/>
        <source>Save CSR</source>
        <translation>CSR speichern</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="520"/>
        <source>Saved the CSR to %1: have it signed, then import the certificate.</source>
        <translation>CSR in %1 gespeichert: lassen Sie ihn signieren und importieren Sie dann das Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="529"/>
        <source>Renewing certificates that are due…</source>
        <translation>Fällige Zertifikate werden erneuert…</translation>
    </message>
    <message>
        <location filename="../../ui/commands/managedactions.cpp" line="540"/>
        <source>Automatic renewal did not run: %1</source>
        <translation>Die automatische Erneuerung lief nicht: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/managedactions.cpp" line="562"/>
        <source>Renewed %n certificate(s)</source>
        <translation>
            <numerusform>%n Zertifikat erneuert</numerusform>
            <numerusform>%n Zertifikate erneuert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/managedactions.cpp" line="564"/>
        <source>%n new CSR(s) wait for an external CA</source>
        <translation>
            <numerusform>%n neuer CSR wartet auf eine externe CA</numerusform>
            <numerusform>%n neue CSRs warten auf eine externe CA</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/commands/managedactions.cpp" line="566"/>
        <source>%n renewal(s) failed (see Requests)</source>
        <translation>
            <numerusform>%n Erneuerung fehlgeschlagen (siehe Anforderungen)</numerusform>
            <numerusform>%n Erneuerungen fehlgeschlagen (siehe Anforderungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ManagedCertificatesModel</name>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="177"/>
        <source>retry %1</source>
        <translation>erneut %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="206"/>
        <source>%1
%2 in the certificate</source>
        <translation>%1
%2 im Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="217"/>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="223"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="221"/>
        <source>Not renewed yet</source>
        <translation>Noch nicht erneuert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="226"/>
        <source>Renewal failed %n times in a row; next attempt %1</source>
        <translation>
            <numerusform>Erneuerung %n-mal in Folge fehlgeschlagen; nächster Versuch %1</numerusform>
            <numerusform>Erneuerung %n-mal in Folge fehlgeschlagen; nächster Versuch %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="228"/>
        <source>Renewal is due %1</source>
        <translation>Erneuerung fällig am %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="252"/>
        <source>When renewal is due, or the next attempt after a failed one</source>
        <translation>Wann die Erneuerung fällig ist oder der nächste Versuch nach einem Fehlschlag</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="254"/>
        <source>Why the request or the last renewal failed</source>
        <translation>Warum die Anforderung oder die letzte Erneuerung fehlschlug</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="262"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="264"/>
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="250"/>
        <source>How many more names besides the domain name</source>
        <translation>Wie viele Namen außer dem Domänennamen</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="266"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="268"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="270"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="272"/>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="274"/>
        <source>Renew at</source>
        <translation>Erneuern ab</translation>
    </message>
    <message>
        <location filename="../../ui/models/managedcertificatesmodel.cpp" line="276"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ManagedDetailsView</name>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="105"/>
        <source>Show &amp;Certificate</source>
        <translation>&amp;Zertifikat zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="106"/>
        <source>Show the current certificate on the Certificates page</source>
        <translation>Das aktuelle Zertifikat auf der Seite Zertifikate zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="131"/>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="137"/>
        <source>Certificate signing request</source>
        <translation>Zertifikatsanforderung</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="142"/>
        <source>&amp;Save CSR…</source>
        <translation>CSR &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="150"/>
        <location filename="../../ui/details/manageddetailsview.cpp" line="154"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="155"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="155"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="155"/>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="164"/>
        <source>Select a request to see its details.</source>
        <translation>Wählen Sie eine Anforderung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="230"/>
        <source>%1 · requested %2</source>
        <translation>%1 · angefordert am %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="236"/>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="239"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="241"/>
        <source>In the certificate</source>
        <translation>Im Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="242"/>
        <source>Additional names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="243"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="246"/>
        <source>%1
template %2, %3</source>
        <translation>%1
Vorlage %2, %3</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="248"/>
        <source>ACME account %1</source>
        <translation>ACME-Konto %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="249"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="251"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="251"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="253"/>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="255"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="258"/>
        <source>Renewal reason</source>
        <translation>Grund der Erneuerung</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="261"/>
        <location filename="../../ui/details/manageddetailsview.cpp" line="263"/>
        <location filename="../../ui/details/manageddetailsview.cpp" line="265"/>
        <source>Renews</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="261"/>
        <source>never: it is inactive</source>
        <translation>nie: es ist inaktiv</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/manageddetailsview.cpp" line="263"/>
        <source>next attempt %1 (%n failed in a row)</source>
        <translation>
            <numerusform>nächster Versuch %1 (%n Fehlschlag in Folge)</numerusform>
            <numerusform>nächster Versuch %1 (%n Fehlschläge in Folge)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="265"/>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="267"/>
        <source>CA&apos;s window</source>
        <translation>Fenster der CA</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="267"/>
        <source>renew between %1 and %2 (suggested by the CA)</source>
        <translation>erneuern zwischen %1 und %2 (Vorschlag der CA)</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="270"/>
        <source>Pre-flight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="271"/>
        <source>%1 (checked %2)</source>
        <translation>%1 (geprüft %2)</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="273"/>
        <source>Renewal eligibility</source>
        <translation>Erneuerbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/details/manageddetailsview.cpp" line="275"/>
        <source>%n days before expiry</source>
        <translation>
            <numerusform>%n Tag vor Ablauf</numerusform>
            <numerusform>%n Tage vor Ablauf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="275"/>
        <source>automatic window</source>
        <translation>automatisches Zeitfenster</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="276"/>
        <source>same key</source>
        <translation>derselbe Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="276"/>
        <source>new key each time</source>
        <translation>jedes Mal ein neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="277"/>
        <source>key export allowed</source>
        <translation>Schlüsselexport erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="277"/>
        <source>key export not allowed</source>
        <translation>Schlüsselexport nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="278"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="283"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="288"/>
        <source>Validated by the private CA %1 when it signs: no domain validation is needed for your own CA.</source>
        <translation>Validiert von der privaten CA %1 beim Signieren: für Ihre eigene CA ist keine Domänenvalidierung nötig.</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="294"/>
        <source>%1.
The DNS records are made by hand, so it does not renew by itself. Renewing needs you: press Renew Now and create the DNS records it shows.</source>
        <translation>%1.
Die DNS-Einträge werden von Hand angelegt, daher erneuert es sich nicht selbst. Zum Erneuern sind Sie gefragt: Drücken Sie „Jetzt erneuern“ und legen Sie die angezeigten DNS-Einträge an.</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="297"/>
        <source>Validated by the ACME CA (%1).</source>
        <translation>Validiert von der ACME-CA (%1).</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="298"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="302"/>
        <source>Waiting for the certificate. Take this CSR to the CA; import the certificate it returns and certdesk matches it to this request by its public key.</source>
        <translation>Wartet auf das Zertifikat. Geben Sie diesen CSR der CA; importieren Sie das Zertifikat, das sie zurückgibt, und certdesk ordnet es dieser Anforderung über den öffentlichen Schlüssel zu.</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="304"/>
        <source>The external CA&apos;s certificate was imported and matched by its public key.</source>
        <translation>Das Zertifikat der externen CA wurde importiert und über den öffentlichen Schlüssel zugeordnet.</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="317"/>
        <source>serial %1</source>
        <translation>Seriennummer %1</translation>
    </message>
    <message>
        <location filename="../../ui/details/manageddetailsview.cpp" line="317"/>
        <source>serial %1 · %2</source>
        <translation>Seriennummer %1 · %2</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::MasterPasswordDialog</name>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="27"/>
        <source>Set Master Password</source>
        <translation>Master-Passwort festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="27"/>
        <source>Unlock Key Store</source>
        <translation>Schlüsselspeicher entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="36"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="36"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="39"/>
        <source>Choose a master password for the private keys of this inventory</source>
        <translation>Wählen Sie ein Master-Passwort für die privaten Schlüssel dieses Inventars</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="40"/>
        <source>The private keys of this inventory are locked</source>
        <translation>Die privaten Schlüssel dieses Inventars sind gesperrt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="48"/>
        <source>Private keys are stored encrypted under this password; certdesk asks for it when a key is exported or used. &lt;b&gt;It cannot be recovered:&lt;/b&gt; if it is forgotten, the stored private keys are lost (the certificates stay).</source>
        <translation>Private Schlüssel werden mit diesem Passwort verschlüsselt gespeichert; certdesk fragt danach, wenn ein Schlüssel exportiert oder verwendet wird. &lt;b&gt;Es kann nicht wiederhergestellt werden:&lt;/b&gt; Geht es verloren, sind die gespeicherten privaten Schlüssel verloren (die Zertifikate bleiben).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="51"/>
        <source>Enter the master password to use them. They stay unlocked until you lock the key store or close certdesk.</source>
        <translation>Geben Sie das Master-Passwort ein, um sie zu verwenden. Sie bleiben entsperrt, bis Sie den Schlüsselspeicher sperren oder certdesk beenden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="65"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="65"/>
        <source>&amp;Master password:</source>
        <translation>&amp;Master-Passwort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="69"/>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="75"/>
        <source>Password strength</source>
        <translation>Passwortstärke</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="83"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="96"/>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="96"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="149"/>
        <source>Too short (%1+)</source>
        <translation>Zu kurz (%1+)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="151"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="153"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="155"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="157"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="166"/>
        <source>Enter the master password.</source>
        <translation>Geben Sie das Master-Passwort ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="168"/>
        <source>The master password needs at least %1 characters.</source>
        <translation>Das Master-Passwort muss mindestens %1 Zeichen lang sein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="170"/>
        <source>Type the password again in Repeat.</source>
        <translation>Geben Sie das Passwort unter „Wiederholen“ erneut ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="170"/>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="227"/>
        <source>Wrong master password. Try again.</source>
        <translation>Falsches Master-Passwort. Versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="228"/>
        <source>Wrong master password (%n attempts). Try again.</source>
        <translation>
            <numerusform>Falsches Master-Passwort (%n Versuch). Versuchen Sie es erneut.</numerusform>
            <numerusform>Falsches Master-Passwort (%n Versuche). Versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/masterpassworddialog.cpp" line="231"/>
        <source>The key store could not be opened: %1</source>
        <translation>Der Schlüsselspeicher konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::NextToExpireList</name>
    <message>
        <location filename="../../ui/widgets/nexttoexpirelist.cpp" line="30"/>
        <source>Next to expire</source>
        <translation>Als Nächstes ablaufend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nexttoexpirelist.cpp" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nexttoexpirelist.cpp" line="32"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nexttoexpirelist.cpp" line="32"/>
        <source>Expires</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nexttoexpirelist.cpp" line="32"/>
        <source>Left</source>
        <translation>Verbleibend</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nexttoexpirelist.cpp" line="90"/>
        <source>&lt; 1 day</source>
        <translation>&lt; 1 Tag</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nexttoexpirelist.cpp" line="92"/>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/nexttoexpirelist.cpp" line="92"/>
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/nexttoexpirelist.cpp" line="95"/>
        <source>%1
Expires %2 UTC — click to show it</source>
        <translation>%1
Läuft ab am %2 UTC – zum Anzeigen klicken</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::PasswordPrompter</name>
    <message>
        <location filename="../../ui/dialogs/passwordprompter.cpp" line="111"/>
        <source>The password used for the other files does not open this one.</source>
        <translation>Das Passwort der anderen Dateien öffnet diese nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/passwordprompter.cpp" line="113"/>
        <source>Wrong password. Try again (attempt %1 of 3).</source>
        <translation>Falsches Passwort. Versuchen Sie es erneut (Versuch %1 von 3).</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::PrivateCasPage</name>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="55"/>
        <location filename="../../ui/pages/privatecaspage.cpp" line="58"/>
        <source>Private CA actions</source>
        <translation>Aktionen der privaten CAs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="72"/>
        <location filename="../../ui/pages/privatecaspage.cpp" line="77"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="78"/>
        <source>Export the CA certificate, its chain or CSR, or its audit report</source>
        <translation>Das CA-Zertifikat, seine Kette oder CSR oder den Prüfbericht exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="95"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="106"/>
        <source>Private CAs</source>
        <translation>Private CAs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="136"/>
        <location filename="../../ui/pages/privatecaspage.cpp" line="155"/>
        <source>Issued certificates</source>
        <translation>Ausgestellte Zertifikate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="143"/>
        <source>Filter by serial, subject, template or status</source>
        <translation>Nach Seriennummer, Antragsteller, Vorlage oder Status filtern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="144"/>
        <source>Filter issued certificates</source>
        <translation>Ausgestellte Zertifikate filtern</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="146"/>
        <source>Clear the filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="206"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No private CAs yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;A private CA issues certificates for your internal services, clients and devices. Start with a root CA, then a subordinate CA under it that issues the certificates.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Noch keine privaten CAs&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Eine private CA stellt Zertifikate für Ihre internen Dienste, Clients und Geräte aus. Beginnen Sie mit einer Stamm-CA und legen Sie darunter eine untergeordnete CA an, die die Zertifikate ausstellt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="214"/>
        <source>Create a Root CA…</source>
        <translation>Stamm-CA anlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="332"/>
        <source>Select a CA to see its details.</source>
        <translation>Wählen Sie eine CA aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="333"/>
        <source>Cannot read the private CAs: %1</source>
        <translation>Die privaten CAs können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="372"/>
        <source>Cannot read them: %1</source>
        <translation>Sie können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="378"/>
        <source>1 certificate</source>
        <translation>1 Zertifikat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/privatecaspage.cpp" line="378"/>
        <source>%n certificates</source>
        <translation>
            <numerusform>%n Zertifikat</numerusform>
            <numerusform>%n Zertifikate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/privatecaspage.cpp" line="380"/>
        <source>%n revoked</source>
        <translation>
            <numerusform>%n widerrufen</numerusform>
            <numerusform>%n widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="382"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="388"/>
        <source>It issues certificates once its certificate is installed.</source>
        <translation>Die CA stellt Zertifikate aus, sobald ihr Zertifikat installiert ist.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="390"/>
        <source>Nothing issued yet. Issue Certificate… (%1) makes the first.</source>
        <translation>Noch nichts ausgestellt. „Zertifikat ausstellen…“ (%1) erzeugt das erste.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="393"/>
        <source>Nothing issued.</source>
        <translation>Nichts ausgestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/privatecaspage.cpp" line="443"/>
        <source>Show in &amp;Certificates</source>
        <translation>In &amp;Zertifikaten zeigen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::RankingChart</name>
    <message>
        <location filename="../../ui/charts/rankingchart.cpp" line="66"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/charts/rankingchart.cpp" line="67"/>
        <source>%1: %2 — click to list them</source>
        <translation>%1: %2 – zum Auflisten klicken</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::RenewalSettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/renewalsettingsdialog.cpp" line="18"/>
        <source>Renewal Settings of %1</source>
        <translation>Erneuerungseinstellungen von %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/renewalsettingsdialog.cpp" line="21"/>
        <source>How &lt;b&gt;%1&lt;/b&gt; (%2) renews. The changes apply from its next renewal on.</source>
        <translation>Wie &lt;b&gt;%1&lt;/b&gt; (%2) erneuert wird. Die Änderungen gelten ab der nächsten Erneuerung.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/renewalsettingsdialog.cpp" line="36"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/renewalsettingsdialog.cpp" line="50"/>
        <source>It renews once it has a certificate.</source>
        <translation>Es wird erneuert, sobald es ein Zertifikat hat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/renewalsettingsdialog.cpp" line="55"/>
        <source>The current certificate expires %1; with these settings it renews from %2.</source>
        <translation>Das aktuelle Zertifikat läuft am %1 ab; mit diesen Einstellungen wird es ab %2 erneuert.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::RenewalSettingsFields</name>
    <message>
        <location filename="../../ui/widgets/renewalsettingsfields.cpp" line="37"/>
        <source>&amp;Automatically</source>
        <translation>&amp;Automatisch</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/renewalsettingsfields.cpp" line="41"/>
        <source>When at most 60 days or a third of the lifetime is left, whichever is less (a 90-day certificate 30 days before it expires).</source>
        <translation>Wenn höchstens 60 Tage oder ein Drittel der Laufzeit übrig sind, je nachdem, was kürzer ist (ein 90-Tage-Zertifikat 30 Tage vor Ablauf).</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/renewalsettingsfields.cpp" line="45"/>
        <source>&amp;Days before expiry:</source>
        <translation>Tage &amp;vor Ablauf:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/renewalsettingsfields.cpp" line="50"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/renewalsettingsfields.cpp" line="51"/>
        <source>Days before expiry</source>
        <translation>Tage vor Ablauf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/renewalsettingsfields.cpp" line="60"/>
        <source>Re&amp;use the key when renewing</source>
        <translation>Schlüssel beim Erneuern &amp;wiederverwenden</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/renewalsettingsfields.cpp" line="62"/>
        <source>Off (recommended): a new key pair each time. On: for servers that pin the key.</source>
        <translation>Aus (empfohlen): jedes Mal ein neues Schlüsselpaar. Ein: für Server, die den Schlüssel pinnen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/renewalsettingsfields.cpp" line="67"/>
        <source>Off: the private key never leaves the inventory&apos;s key store.</source>
        <translation>Aus: Der private Schlüssel verlässt nie den Schlüsselspeicher des Inventars.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/renewalsettingsfields.cpp" line="64"/>
        <source>Allow e&amp;xporting the private key</source>
        <translation>E&amp;xport des privaten Schlüssels erlauben</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::RequestWizard</name>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="80"/>
        <source>Request a Certificate</source>
        <translation>Zertifikat anfordern</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="115"/>
        <source>Names</source>
        <translation>Namen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="116"/>
        <source>The names the certificate is for. The domain name becomes its common name; every name goes into its subject alternative names.</source>
        <translation>Die Namen, für die das Zertifikat gilt. Der Domänenname wird sein Common Name; jeder Name kommt in die alternativen Antragstellernamen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="120"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="856"/>
        <source>Domain name</source>
        <translation>Domänenname</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="121"/>
        <source>e.g. www.example.com or *.example.com</source>
        <translation>z. B. www.example.com oder *.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="122"/>
        <source>&amp;Domain name:</source>
        <translation>&amp;Domänenname:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="129"/>
        <source>&amp;Additional names:</source>
        <translation>&amp;Weitere Namen:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="133"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="857"/>
        <source>Additional names</source>
        <translation>Weitere Namen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="134"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="134"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="146"/>
        <source>Name to add</source>
        <translation>Hinzuzufügender Name</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="147"/>
        <source>api.example.com — or paste a list</source>
        <translation>api.example.com – oder eine Liste einfügen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="148"/>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="149"/>
        <source>Add the name, or every name of a list separated by lines, commas or spaces</source>
        <translation>Den Namen hinzufügen oder jeden Namen einer durch Zeilen, Kommas oder Leerzeichen getrennten Liste</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="150"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="152"/>
        <source>&amp;Paste List</source>
        <translation>Liste ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="153"/>
        <source>Add the names on the clipboard (one per line, or separated by commas or spaces)</source>
        <translation>Die Namen aus der Zwischenablage hinzufügen (einer pro Zeile oder durch Kommas oder Leerzeichen getrennt)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="228"/>
        <source>A name such as www.example.com; a wildcard such as *.example.com covers one level below example.com.</source>
        <translation>Ein Name wie www.example.com; ein Platzhalter wie *.example.com deckt eine Ebene unter example.com ab.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="235"/>
        <source>Longer than %1 characters: too long for the common name.</source>
        <translation>Länger als %1 Zeichen: zu lang für den Common Name.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="241"/>
        <source>Wildcard: covers every name one level below %1.</source>
        <translation>Platzhalter: deckt jeden Namen eine Ebene unter %1 ab.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="277"/>
        <source>The domain name again: remove it.</source>
        <translation>Noch einmal der Domänenname: entfernen Sie ihn.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="279"/>
        <source>Listed twice: remove one.</source>
        <translation>Doppelt aufgeführt: entfernen Sie einen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="283"/>
        <source>wildcard</source>
        <translation>Platzhalter</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="284"/>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="298"/>
        <source>%1 of at most %2 names. Wildcards (*.example.com) and IP addresses are allowed; internationalised names are converted to punycode.</source>
        <translation>%1 von höchstens %2 Namen. Platzhalter (*.example.com) und IP-Adressen sind erlaubt; internationalisierte Namen werden in Punycode umgewandelt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="309"/>
        <source>Enter the domain name.</source>
        <translation>Geben Sie den Domänennamen ein.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="311"/>
        <source>Domain name: %1</source>
        <translation>Domänenname: %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="315"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="317"/>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="329"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="609"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="858"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="330"/>
        <source>certdesk makes the key pair and keeps the private key encrypted in the inventory&apos;s key store.</source>
        <translation>certdesk erzeugt das Schlüsselpaar und bewahrt den privaten Schlüssel verschlüsselt im Schlüsselspeicher des Inventars auf.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="337"/>
        <source>Works with every client and server. The usual choice.</source>
        <translation>Funktioniert mit jedem Client und Server. Die übliche Wahl.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="339"/>
        <source>Stronger, for certificates that must last beyond 2030; slower handshakes.</source>
        <translation>Stärker, für Zertifikate, die über 2030 hinaus halten müssen; langsamere Handshakes.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="341"/>
        <source>Strongest RSA; noticeably slower handshakes and a few seconds to generate.</source>
        <translation>Stärkstes RSA; merklich langsamere Handshakes, die Erzeugung dauert einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="343"/>
        <source>As strong as RSA 3072 with small keys and fast handshakes; all current clients.</source>
        <translation>So stark wie RSA 3072 mit kleinen Schlüsseln und schnellen Handshakes; alle aktuellen Clients.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="345"/>
        <source>Stronger than P-256, for high-security policies; a little slower.</source>
        <translation>Stärker als P-256, für hohe Sicherheitsvorgaben; etwas langsamer.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="347"/>
        <source>Fast and compact, but most browsers and many TLS stacks do not accept it yet.</source>
        <translation>Schnell und kompakt, aber die meisten Browser und viele TLS-Bibliotheken akzeptieren es noch nicht.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="389"/>
        <source>Issuer and Validation</source>
        <translation>Aussteller und Validierung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="390"/>
        <source>Who issues the certificate and how it is validated.</source>
        <translation>Wer das Zertifikat ausstellt und wie es validiert wird.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="394"/>
        <source>A &amp;private CA of certdesk</source>
        <translation>Eine &amp;private CA von certdesk</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="395"/>
        <source>A public CA through an &amp;ACME account</source>
        <translation>Eine öffentliche CA über ein &amp;ACME-Konto</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="396"/>
        <source>An &amp;external CA (certdesk makes a CSR)</source>
        <translation>Eine e&amp;xterne CA (certdesk erzeugt einen CSR)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="404"/>
        <source>Private CA</source>
        <translation>Private CA</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="412"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="423"/>
        <source>&amp;CA:</source>
        <translation>&amp;CA:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="424"/>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="426"/>
        <source>&amp;Validity:</source>
        <translation>&amp;Gültigkeit:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="429"/>
        <source>No private CA is active: create one on the Private CAs page first.</source>
        <translation>Keine private CA ist aktiv: Legen Sie zuerst eine auf der Seite Private CAs an.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="431"/>
        <source>Issued at once and renewed automatically before it expires.</source>
        <translation>Sofort ausgestellt und vor Ablauf automatisch erneuert.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="453"/>
        <source>certdesk makes the key and a certificate signing request (CSR). Take the CSR to any CA; when you import the certificate it returns, certdesk matches it to this request by its public key. Renewals make a new CSR the same way.</source>
        <translation>certdesk erzeugt den Schlüssel und eine Zertifikatsanforderung (CSR). Geben Sie den CSR einer beliebigen CA; wenn Sie das zurückgegebene Zertifikat importieren, ordnet certdesk es dieser Anforderung über den öffentlichen Schlüssel zu. Erneuerungen erzeugen ebenso einen neuen CSR.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="566"/>
        <source>the CA&apos;s certificate</source>
        <translation>das Zertifikat der CA</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="567"/>
        <source>&amp;Create Key and CSR</source>
        <translation>Schlüssel und CSR &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="569"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="570"/>
        <source>&amp;Request</source>
        <translation>&amp;Anfordern</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="588"/>
        <source>Choose the private CA.</source>
        <translation>Wählen Sie die private CA.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="593"/>
        <source>%1 issues short-lived certificates only: at most 7 days.</source>
        <translation>%1 stellt nur kurzlebige Zertifikate aus: höchstens 7 Tage.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="603"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="604"/>
        <source>Tags for every certificate of this request, and how it renews.</source>
        <translation>Tags für jedes Zertifikat dieser Anforderung und wie es erneuert wird.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="606"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="611"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="865"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="609"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="615"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="616"/>
        <source>Tag key</source>
        <translation>Tag-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="618"/>
        <source>value (optional)</source>
        <translation>Wert (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="619"/>
        <source>Tag value</source>
        <translation>Tag-Wert</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="620"/>
        <source>Add &amp;Tag</source>
        <translation>&amp;Tag hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="621"/>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="654"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="863"/>
        <source>Renewal</source>
        <translation>Erneuerung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="662"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="866"/>
        <source>Deploy to</source>
        <translation>Bereitstellen auf</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="754"/>
        <source>At most %1 tags.</source>
        <translation>Höchstens %1 Tags.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="757"/>
        <source>The tag key %1… is longer than %2 characters.</source>
        <translation>Der Tag-Schlüssel %1… ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="759"/>
        <source>The value of %1 is longer than %2 characters.</source>
        <translation>Der Wert von %1 ist länger als %2 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="769"/>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="770"/>
        <source>Request the certificate with these settings. The key is generated now; RSA keys take a few seconds.</source>
        <translation>Das Zertifikat mit diesen Einstellungen anfordern. Der Schlüssel wird jetzt erzeugt; RSA-Schlüssel brauchen einige Sekunden.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="782"/>
        <source>Requesting the certificate</source>
        <translation>Zertifikat wird angefordert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizards/requestwizard.cpp" line="836"/>
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="840"/>
        <source>Private CA %1, template %2</source>
        <translation>Private CA %1, Vorlage %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="843"/>
        <source>External CA: certdesk makes the key and a CSR</source>
        <translation>Externe CA: certdesk erzeugt den Schlüssel und einen CSR</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="438"/>
        <source>ACME account</source>
        <translation>ACME-Konto</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="440"/>
        <source>Add ACME Acc&amp;ount…</source>
        <translation>ACME-K&amp;onto hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="444"/>
        <source>Acco&amp;unt:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="510"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="519"/>
        <source>Let&apos;s Encrypt and other public CAs: each name is validated over HTTP or DNS, and the certificate renews automatically.</source>
        <translation>Let&apos;s Encrypt und andere öffentliche CAs: Jeder Name wird über HTTP oder DNS validiert, und das Zertifikat erneuert sich automatisch.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="521"/>
        <source>No ACME account yet: add one (Let&apos;s Encrypt or another public CA) to request certificates that browsers trust.</source>
        <translation>Noch kein ACME-Konto: Fügen Sie eines hinzu (Let&apos;s Encrypt oder eine andere öffentliche CA), um Zertifikate zu beantragen, denen Browser vertrauen.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="568"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="579"/>
        <source>Add an ACME account first.</source>
        <translation>Fügen Sie zuerst ein ACME-Konto hinzu.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="582"/>
        <source>%1 is an IP address: public CAs validate DNS names only. Remove it, or choose another issuer.</source>
        <translation>%1 ist eine IP-Adresse: Öffentliche CAs validieren nur DNS-Namen. Entfernen Sie sie oder wählen Sie einen anderen Aussteller.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="667"/>
        <source>none (a folder such as /etc/nginx/certs/www)</source>
        <translation>keiner (ein Ordner wie /etc/nginx/certs/www)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="668"/>
        <source>Deployment folder</source>
        <translation>Bereitstellungsordner</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="669"/>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="671"/>
        <source>Deployment Folder</source>
        <translation>Bereitstellungsordner</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="677"/>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="681"/>
        <source>Deployment layout</source>
        <translation>Layout der Bereitstellung</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="687"/>
        <source>La&amp;yout:</source>
        <translation>La&amp;yout:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="689"/>
        <source>e.g. systemctl reload nginx (run without a shell; empty: none)</source>
        <translation>z. B. systemctl reload nginx (ohne Shell ausgeführt; leer: keiner)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="690"/>
        <source>Reload command</source>
        <translation>Neuladebefehl</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="691"/>
        <source>Reload co&amp;mmand:</source>
        <translation>Neulade&amp;befehl:</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="692"/>
        <source>certdesk writes the files when the certificate is issued, and again after each renewal. For an external CA, or a PKCS#12 layout, use Deploy… on the certificate.</source>
        <translation>certdesk schreibt die Dateien, sobald das Zertifikat ausgestellt ist, und erneut nach jeder Erneuerung. Für eine externe CA oder ein PKCS#12-Layout nutzen Sie Bereitstellen… am Zertifikat.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="729"/>
        <source>%1 as %2</source>
        <translation>%1 als %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="731"/>
        <source>, then %1</source>
        <translation>, dann %1</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="733"/>
        <source> (once the signed certificate is imported: use Deploy… on it)</source>
        <translation> (sobald das signierte Zertifikat importiert ist: Bereitstellen… daran nutzen)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="752"/>
        <source>The deployment folder must be an absolute path.</source>
        <translation>Der Bereitstellungsordner muss ein absoluter Pfad sein.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="846"/>
        <source>ACME account %1; %2</source>
        <translation>ACME-Konto %1; %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/wizards/requestwizard.cpp" line="849"/>
        <source>%n days before expiry</source>
        <translation>
            <numerusform>%n Tag vor Ablauf</numerusform>
            <numerusform>%n Tage vor Ablauf</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="850"/>
        <source>automatically (at most 60 days or a third of the lifetime left)</source>
        <translation>automatisch (höchstens 60 Tage oder ein Drittel der Laufzeit übrig)</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="851"/>
        <source>, same key</source>
        <translation>, derselbe Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="851"/>
        <source>, new key each time</source>
        <translation>, jedes Mal ein neuer Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="859"/>
        <source>Issuer</source>
        <translation>Aussteller</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="860"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="861"/>
        <source>%1, until %2</source>
        <translation>%1, bis %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="862"/>
        <source>as the CA signs it</source>
        <translation>wie die CA es signiert</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="864"/>
        <source>Key export</source>
        <translation>Schlüsselexport</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="864"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="864"/>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="875"/>
        <source>Next: save the CSR from the Requests page, have it signed, then import the certificate; certdesk matches it to this request.</source>
        <translation>Danach: Speichern Sie den CSR auf der Seite Anforderungen, lassen Sie ihn signieren und importieren Sie dann das Zertifikat; certdesk ordnet es dieser Anforderung zu.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="916"/>
        <source>%1 was stored as failed: %2</source>
        <translation>%1 wurde als fehlgeschlagen gespeichert: %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="920"/>
        <source>%1: issued for %2, valid until %3. It renews automatically.</source>
        <translation>%1: ausgestellt für %2, gültig bis %3. Es erneuert sich automatisch.</translation>
    </message>
    <message>
        <location filename="../../ui/wizards/requestwizard.cpp" line="938"/>
        <location filename="../../ui/wizards/requestwizard.cpp" line="943"/>
        <source>The certificate was not issued: %1</source>
        <translation>Das Zertifikat wurde nicht ausgestellt: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="63"/>
        <location filename="../../ui/pages/requestspage.cpp" line="66"/>
        <source>Request actions</source>
        <translation>Aktionen für Anforderungen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="84"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="94"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="95"/>
        <source>All requests</source>
        <translation>Alle Anforderungen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="96"/>
        <source>Open: pending, failed or renewing</source>
        <translation>Offen: ausstehend, fehlgeschlagen oder in Erneuerung</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="97"/>
        <source>Problems: failed requests and renewals</source>
        <translation>Probleme: fehlgeschlagene Anforderungen und Erneuerungen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="100"/>
        <source>Search names</source>
        <translation>Namen suchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="101"/>
        <source>Search requests</source>
        <translation>Anforderungen durchsuchen</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="103"/>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="116"/>
        <source>Managed certificates</source>
        <translation>Verwaltete Zertifikate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="186"/>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;No certificate requests yet&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Request a certificate and certdesk manages it: a private CA issues it at once, or certdesk makes a CSR for any other CA and matches the certificate you import. It is renewed before it expires, with a new key each time.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;&lt;b&gt;Noch keine Zertifikatsanforderungen&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Fordern Sie ein Zertifikat an, und certdesk verwaltet es: Eine private CA stellt es sofort aus, oder certdesk erzeugt einen CSR für eine andere CA und ordnet das importierte Zertifikat zu. Es wird vor Ablauf erneuert, jedes Mal mit einem neuen Schlüssel.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="194"/>
        <source>Request a Certificate…</source>
        <translation>Zertifikat anfordern…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="306"/>
        <source>Select a request to see its details.</source>
        <translation>Wählen Sie eine Anforderung, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="307"/>
        <source>Cannot read the requests: %1</source>
        <translation>Die Anforderungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="323"/>
        <source>Cannot read them: %1</source>
        <translation>Sie können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="332"/>
        <source>1 managed certificate</source>
        <translation>1 verwaltetes Zertifikat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/requestspage.cpp" line="332"/>
        <source>%n managed certificates</source>
        <translation>
            <numerusform>%n verwaltetes Zertifikat</numerusform>
            <numerusform>%n verwaltete Zertifikate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="334"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requestspage.cpp" line="365"/>
        <source>Show &amp;Certificate</source>
        <translation>&amp;Zertifikat zeigen</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::RevokeDialog</name>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="22"/>
        <source>Revoke Certificate</source>
        <translation>Zertifikat widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="24"/>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="40"/>
        <source>Revocation reason</source>
        <translation>Widerrufsgrund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="46"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="51"/>
        <source>&amp;Key not trusted since:</source>
        <translation>&amp;Schlüssel nicht vertrauenswürdig seit:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="57"/>
        <source>Invalidity date</source>
        <translation>Ungültigkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="66"/>
        <source>Clients that check the CRL or OCSP stop trusting the certificate. The CA publishes a new CRL now.</source>
        <translation>Clients, die die CRL oder OCSP prüfen, vertrauen dem Zertifikat nicht mehr. Die CA veröffentlicht jetzt eine neue CRL.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="73"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="109"/>
        <source>Suspends the certificate; Release Hold makes it valid again.</source>
        <translation>Setzt das Zertifikat aus; „Sperre aufheben“ macht es wieder gültig.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="113"/>
        <source>Final. Say since when the key may have been in other hands, if you know it.</source>
        <translation>Endgültig. Geben Sie an, seit wann der Schlüssel in fremden Händen sein könnte, wenn Sie es wissen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/revokedialog.cpp" line="114"/>
        <source>Final: a revoked certificate cannot be made valid again.</source>
        <translation>Endgültig: Ein widerrufenes Zertifikat kann nicht wieder gültig werden.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::SavedScanDialog</name>
    <message>
        <location filename="../../ui/dialogs/savedscandialog.cpp" line="20"/>
        <source>New Saved Scan</source>
        <translation>Neuer gespeicherter Scan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/savedscandialog.cpp" line="22"/>
        <source>A saved scan runs again on its schedule while certdesk runs, and by hand with Run Now. Each run records new certificates and notices endpoints that went away.</source>
        <translation>Ein gespeicherter Scan läuft nach seinem Plan erneut, solange certdesk läuft, und von Hand mit Jetzt ausführen. Jeder Lauf erfasst neue Zertifikate und bemerkt verschwundene Endpunkte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/savedscandialog.cpp" line="30"/>
        <source>e.g. web servers</source>
        <translation>z. B. Webserver</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/savedscandialog.cpp" line="31"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/savedscandialog.cpp" line="32"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/savedscandialog.cpp" line="36"/>
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/savedscandialog.cpp" line="39"/>
        <source>Sc&amp;hedule:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/savedscandialog.cpp" line="66"/>
        <source>Give the scan a name.</source>
        <translation>Geben Sie dem Scan einen Namen.</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::SavedScansModel</name>
    <message>
        <location filename="../../ui/models/savedscansmodel.cpp" line="41"/>
        <source>Next run %1</source>
        <translation>Nächster Lauf %1</translation>
    </message>
    <message>
        <location filename="../../ui/models/savedscansmodel.cpp" line="60"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../ui/models/savedscansmodel.cpp" line="75"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/savedscansmodel.cpp" line="77"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/models/savedscansmodel.cpp" line="79"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../../ui/models/savedscansmodel.cpp" line="81"/>
        <source>Schedule</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/savedscansmodel.cpp" line="83"/>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <location filename="../../ui/models/savedscansmodel.cpp" line="85"/>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ScanSpecFields</name>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="21"/>
        <source>www.example.com, 10.0.0.0/24, 192.0.2.7</source>
        <translation>www.example.com, 10.0.0.0/24, 192.0.2.7</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="22"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="23"/>
        <source>Host names, IPv4 or IPv6 addresses and CIDR ranges, separated by commas or spaces</source>
        <translation>Hostnamen, IPv4- oder IPv6-Adressen und CIDR-Bereiche, durch Kommas oder Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="24"/>
        <source>T&amp;argets:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="26"/>
        <source>Ports</source>
        <translation>Ports</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="27"/>
        <source>Ports and ranges (443,8443,9000-9010). SMTP, IMAP, POP3 and PostgreSQL ports are probed with STARTTLS.</source>
        <translation>Ports und Bereiche (443,8443,9000-9010). SMTP-, IMAP-, POP3- und PostgreSQL-Ports werden mit STARTTLS abgefragt.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="29"/>
        <source>&amp;Ports:</source>
        <translation>P&amp;orts:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="31"/>
        <source>default: each host name (none for addresses)</source>
        <translation>Standard: jeder Hostname (keiner für Adressen)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="32"/>
        <source>SNI name</source>
        <translation>SNI-Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="33"/>
        <source>SN&amp;I name:</source>
        <translation>SN&amp;I-Name:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="37"/>
        <source>Connections at once</source>
        <translation>Gleichzeitige Verbindungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="42"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="43"/>
        <source>Time limit per connection</source>
        <translation>Zeitlimit je Verbindung</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="46"/>
        <source>&amp;Time limit per connection:</source>
        <translation>Zeit&amp;limit je Verbindung:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="52"/>
        <source>&amp;Connections at once:</source>
        <translation>Gleichzeitige &amp;Verbindungen:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="69"/>
        <source>Name at least one host, address or range to scan.</source>
        <translation>Nennen Sie mindestens einen Host, eine Adresse oder einen Bereich zum Scannen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/scanspecfields.cpp" line="75"/>
        <source>Ports: %1</source>
        <translation>Ports: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="43"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="48"/>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="52"/>
        <source>Inventory location</source>
        <translation>Speicherort des Inventars</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="54"/>
        <source>Clear the location</source>
        <translation>Speicherort leeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="55"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="57"/>
        <source>&amp;Location:</source>
        <translation>&amp;Speicherort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="63"/>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="193"/>
        <source>The database file with your certificates, keys and history. A change takes effect when certdesk starts the next time.</source>
        <translation>Die Datenbankdatei mit Ihren Zertifikaten, Schlüsseln und dem Verlauf. Eine Änderung gilt ab dem nächsten Start von certdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="70"/>
        <source>Expiry notifications</source>
        <translation>Ablaufbenachrichtigungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="72"/>
        <source>Show a &amp;desktop notification when a certificate approaches expiry</source>
        <translation>Desktop-&amp;Benachrichtigung anzeigen, wenn ein Zertifikat bald abläuft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="77"/>
        <source>Notification thresholds in days</source>
        <translation>Benachrichtigungsschwellen in Tagen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="79"/>
        <source>&amp;Notify at (days before expiry):</source>
        <translation>Be&amp;nachrichtigen (Tage vor Ablauf):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="81"/>
        <source>Whole numbers from %1 to %2, separated by commas. Each certificate is announced once per threshold. The defaults follow AWS Certificate Manager.</source>
        <translation>Ganze Zahlen von %1 bis %2, durch Kommas getrennt. Jedes Zertifikat wird pro Schwelle einmal gemeldet. Die Standardwerte folgen AWS Certificate Manager.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="88"/>
        <source>Input error</source>
        <translation>Eingabefehler</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="94"/>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="98"/>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="99"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="100"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="101"/>
        <source>&amp;Palette:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="103"/>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="108"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="109"/>
        <source>A new language takes effect when certdesk starts the next time.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von certdesk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="172"/>
        <source>Notification thresholds: %1</source>
        <translation>Benachrichtigungsschwellen: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="175"/>
        <source>Choose where the inventory is kept.</source>
        <translation>Wählen Sie, wo das Inventar gespeichert wird.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="177"/>
        <source>The inventory location must be a full path, like %1.</source>
        <translation>Der Speicherort des Inventars muss ein vollständiger Pfad sein, etwa %1.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="180"/>
        <source>The inventory location is a folder: add a file name such as inventory.db.</source>
        <translation>Der Speicherort des Inventars ist ein Ordner: Ergänzen Sie einen Dateinamen wie inventory.db.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="190"/>
        <source>The new location takes effect when certdesk starts the next time. Nothing is moved: a new location starts with an empty inventory unless the file already exists.</source>
        <translation>Der neue Speicherort gilt ab dem nächsten Start von certdesk. Es wird nichts verschoben: Ein neuer Speicherort beginnt mit einem leeren Inventar, sofern die Datei nicht bereits existiert.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="200"/>
        <source>Inventory Location</source>
        <translation>Speicherort des Inventars</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.cpp" line="201"/>
        <source>certdesk inventory (*.db);;All files (*)</source>
        <translation>certdesk-Inventar (*.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::SubjectFields</name>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="23"/>
        <source>Common name</source>
        <translation>Allgemeiner Name</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="23"/>
        <source>Example Issuing CA</source>
        <translation>Example Issuing CA</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="24"/>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="24"/>
        <location filename="../../ui/widgets/subjectfields.cpp" line="25"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="25"/>
        <source>Organizational unit</source>
        <translation>Organisationseinheit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="26"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="26"/>
        <source>two letters, e.g. DE</source>
        <translation>zwei Buchstaben, z. B. DE</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="35"/>
        <source>Common &amp;name:</source>
        <translation>Allgemeiner &amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="36"/>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="37"/>
        <source>Organizational &amp;unit:</source>
        <translation>Organisations&amp;einheit:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="38"/>
        <source>Countr&amp;y:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="85"/>
        <source>Enter a common name.</source>
        <translation>Geben Sie einen allgemeinen Namen ein.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="87"/>
        <source>The country is a two-letter code (ISO 3166), such as DE or US.</source>
        <translation>Das Land ist ein Code aus zwei Buchstaben (ISO 3166), etwa DE oder US.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="110"/>
        <source>Subject: —</source>
        <translation>Antragsteller: —</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/subjectfields.cpp" line="110"/>
        <source>Subject: %1</source>
        <translation>Antragsteller: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TagsDialog</name>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="33"/>
        <source>Tags of %1</source>
        <translation>Tags von %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="33"/>
        <source>Tags of %n certificates</source>
        <translation>
            <numerusform>Tags von %n Zertifikat</numerusform>
            <numerusform>Tags von %n Zertifikaten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="36"/>
        <source>Tags label a certificate for filtering, e.g. env=prod or team=web.</source>
        <translation>Tags kennzeichnen ein Zertifikat zum Filtern, z. B. env=prod oder team=web.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="37"/>
        <source>Tags shared by all %n certificates. Added tags go to each of them; removed keys are removed from each.</source>
        <translation>
            <numerusform>Tags, die das %n Zertifikat trägt. Hinzugefügte Tags erhält es; entfernte Schlüssel werden entfernt.</numerusform>
            <numerusform>Tags, die alle %n Zertifikate gemeinsam haben. Hinzugefügte Tags erhält jedes davon; entfernte Schlüssel werden bei jedem entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="45"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="45"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="48"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="54"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="55"/>
        <source>Tag key</source>
        <translation>Tag-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="57"/>
        <source>value (optional)</source>
        <translation>Wert (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="58"/>
        <source>Tag value</source>
        <translation>Tag-Wert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="59"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="60"/>
        <source>&amp;Remove selected</source>
        <translation>Ausgewählte &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="67"/>
        <source>Up to %1 tags per certificate; keys up to %2 and values up to %3 characters.</source>
        <translation>Bis zu %1 Tags pro Zertifikat; Schlüssel bis %2 und Werte bis %3 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="100"/>
        <source>Type a key for the tag.</source>
        <translation>Geben Sie einen Schlüssel für das Tag ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="170"/>
        <source>Added when you click OK</source>
        <translation>Wird beim Klick auf OK hinzugefügt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/tagsdialog.cpp" line="196"/>
        <source>Not tagged: %1</source>
        <translation>Nicht getaggt: %1</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TeamInventoryDialog</name>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="56"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="58"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="60"/>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="64"/>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="70"/>
        <source>Open Team Inventory</source>
        <translation>Team-Inventar öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="73"/>
        <source>A team inventory lives in a PostgreSQL database that every administrator&apos;s console shares. What you may do there depends on your role in it.</source>
        <translation>Ein Team-Inventar liegt in einer PostgreSQL-Datenbank, die sich die Konsolen aller Administratoren teilen. Was Sie dort dürfen, hängt von Ihrer Rolle ab.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="77"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="84"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="88"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="92"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="97"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="102"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="104"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="106"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="107"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="109"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="111"/>
        <source>from PGPASSWORD or ~/.pgpass when empty</source>
        <translation>leer: aus PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="112"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="113"/>
        <source>The password is kept in memory while certdesk runs, never on disk.</source>
        <translation>Das Passwort bleibt im Speicher, solange certdesk läuft, und wird nie auf die Festplatte geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="116"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="122"/>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="123"/>
        <source>prefer — TLS when the server offers it</source>
        <translation>prefer — TLS, wenn der Server es anbietet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="123"/>
        <source>require — TLS, any certificate</source>
        <translation>require — TLS, beliebiges Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="124"/>
        <source>verify-ca — TLS, server certificate from the CA</source>
        <translation>verify-ca — TLS, Serverzertifikat von der CA</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="125"/>
        <source>verify-full — TLS, CA and host name checked</source>
        <translation>verify-full — TLS, CA und Hostname geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="126"/>
        <source>disable — no TLS</source>
        <translation>disable — kein TLS</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="129"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="130"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="130"/>
        <source>CA Certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="130"/>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="133"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="131"/>
        <source>&amp;CA certificate:</source>
        <translation>&amp;CA-Zertifikat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="132"/>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="132"/>
        <source>Client Certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="134"/>
        <source>Client c&amp;ertificate:</source>
        <translation>Client-Z&amp;ertifikat:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="135"/>
        <source>Client key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="135"/>
        <source>Client Key</source>
        <translation>Client-Schlüssel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="135"/>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="136"/>
        <source>Client &amp;key:</source>
        <translation>Client-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="137"/>
        <source>Optional. A client certificate and key can stand in for the password.</source>
        <translation>Optional. Ein Client-Zertifikat mit Schlüssel kann das Passwort ersetzen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="141"/>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="144"/>
        <source>Inventory URL</source>
        <translation>URL des Inventars</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="155"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="160"/>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="191"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="192"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="194"/>
        <source>Choose the %1 file</source>
        <translation>Die Datei für %1 wählen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="265"/>
        <source>Enter the host, the database and the user.</source>
        <translation>Geben Sie Host, Datenbank und Benutzer ein.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="286"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/teaminventorydialog.cpp" line="317"/>
        <source>Connected as %1, %2, schema %3</source>
        <translation>Verbunden als %1, %2, Schema %3</translation>
    </message>
</context>
<context>
    <name>certdesk::ui::TrayIcon</name>
    <message>
        <location filename="../../ui/notifications/trayicon.cpp" line="19"/>
        <source>certificate %1</source>
        <translation>Zertifikat %1</translation>
    </message>
    <message>
        <location filename="../../ui/notifications/trayicon.cpp" line="28"/>
        <source>&amp;Show certdesk</source>
        <translation>certdesk &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications/trayicon.cpp" line="29"/>
        <source>&amp;Check Expiry Now</source>
        <translation>Ablauf jetzt &amp;prüfen</translation>
    </message>
    <message>
        <location filename="../../ui/notifications/trayicon.cpp" line="31"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/notifications/trayicon.cpp" line="36"/>
        <source>certdesk: certificate expiry watch</source>
        <translation>certdesk: Überwachung des Zertifikatsablaufs</translation>
    </message>
    <message>
        <location filename="../../ui/notifications/trayicon.cpp" line="71"/>
        <source>Certificates expire today</source>
        <translation>Zertifikate laufen heute ab</translation>
    </message>
    <message>
        <location filename="../../ui/notifications/trayicon.cpp" line="72"/>
        <source>Certificates expire soon</source>
        <translation>Zertifikate laufen bald ab</translation>
    </message>
    <message>
        <location filename="../../ui/notifications/trayicon.cpp" line="85"/>
        <source>%1 expires within a day (%2 UTC).</source>
        <translation>%1 läuft innerhalb eines Tages ab (%2 UTC).</translation>
    </message>
    <message>
        <location filename="../../ui/notifications/trayicon.cpp" line="89"/>
        <source>%1 expires in one day, on %2.</source>
        <translation>%1 läuft in einem Tag ab, am %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notifications/trayicon.cpp" line="90"/>
        <source>%1 expires in %n days, on %2.</source>
        <translation>
            <numerusform>%1 läuft in %n Tag ab, am %2.</numerusform>
            <numerusform>%1 läuft in %n Tagen ab, am %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notifications/trayicon.cpp" line="97"/>
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/notifications/trayicon.cpp" line="98"/>
        <source>%n certificates expire within %1 days: %2</source>
        <translation>
            <numerusform>%n Zertifikat läuft binnen %1 Tagen ab: %2</numerusform>
            <numerusform>%n Zertifikate laufen binnen %1 Tagen ab: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>certdesk::ui::ValidityField</name>
    <message>
        <location filename="../../ui/widgets/validityfield.cpp" line="19"/>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validityfield.cpp" line="20"/>
        <source>A period such as 90d, 6m or 2y, or the last day, such as 2027-03-31</source>
        <translation>Ein Zeitraum wie 90d, 6m oder 2y oder der letzte Tag, etwa 2027-03-31</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validityfield.cpp" line="48"/>
        <source>Enter a validity period, such as 1y or 90d.</source>
        <translation>Geben Sie einen Gültigkeitszeitraum ein, etwa 1y oder 90d.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validityfield.cpp" line="51"/>
        <source>&quot;%1&quot; is not a validity: write 90d, 6m, 2y or a date such as 2027-03-31.</source>
        <translation>„%1“ ist keine Gültigkeit: Schreiben Sie 90d, 6m, 2y oder ein Datum wie 2027-03-31.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validityfield.cpp" line="53"/>
        <source>The validity must end in the future.</source>
        <translation>Die Gültigkeit muss in der Zukunft enden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/validityfield.cpp" line="77"/>
        <source>Until %1 (%n days)</source>
        <translation>
            <numerusform>Bis %1 (%n Tag)</numerusform>
            <numerusform>Bis %1 (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/widgets/validityfield.cpp" line="80"/>
        <source>Ends after %1 (%2).</source>
        <translation>Endet nach %1 (%2).</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="49"/>
        <source>Desktop certificate-management console</source>
        <translation>Desktop-Konsole für die Zertifikatsverwaltung</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="53"/>
        <source>The inventory database: a file, or a postgresql:// URL for a team inventory (default: %1).</source>
        <translation>Die Inventar-Datenbank: eine Datei oder eine postgresql://-URL für ein Team-Inventar (Standard: %1).</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="60"/>
        <source>Create a sample inventory at path (about sixty certificates; demo keys use the master password &quot;%1&quot;) and open it.</source>
        <translation>Ein Beispielinventar unter path anlegen (etwa sechzig Zertifikate; die Demoschlüssel verwenden das Master-Passwort „%1“) und öffnen.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="66"/>
        <source>Certificates or keys to import on start.</source>
        <translation>Zertifikate oder Schlüssel, die beim Start importiert werden.</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="106"/>
        <source>certdesk</source>
        <translation>certdesk</translation>
    </message>
    <message>
        <location filename="../../app/gui/main.cpp" line="107"/>
        <source>&lt;p&gt;&lt;b&gt;The inventory cannot be opened.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Choose another file with &lt;code&gt;certdesk --db PATH&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Das Inventar kann nicht geöffnet werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Wählen Sie mit &lt;code&gt;certdesk --db PATH&lt;/code&gt; eine andere Datei.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
