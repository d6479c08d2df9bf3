<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutBox</name>
    <message>
        <source>&lt;li&gt;PocketSphinx and SphinxBase — BSD-2-Clause, for the rough transcript&lt;/li&gt;</source>
        <translation>&lt;li&gt;PocketSphinx und SphinxBase – BSD-2-Clause, für das grobe Transkript&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rehearse %1&lt;/h3&gt;&lt;p&gt;Practise job interviews on camera, offline and private. Nothing you record or write leaves this computer.&lt;/p&gt;&lt;p&gt;Your data: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. You may share and change Rehearse under its terms; it comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %4 — LGPL-3.0; Qt Charts GPL-3.0&lt;/li&gt;&lt;li&gt;SQLite — public domain, through Qt SQL&lt;/li&gt;&lt;li&gt;GStreamer and GLib — LGPL-2.1 or later, for recording and playback&lt;/li&gt;%5&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Rehearse %1&lt;/h3&gt;&lt;p&gt;Übe Vorstellungsgespräche vor der Kamera, offline und privat. Nichts, was du aufnimmst oder schreibst, verlässt diesen Computer.&lt;/p&gt;&lt;p&gt;Deine Daten: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Lizenz: GNU General Public License, Version 3 oder neuer. Du darfst Rehearse unter ihren Bedingungen weitergeben und verändern; es wird ohne jede Gewährleistung bereitgestellt.&lt;/p&gt;&lt;p&gt;Erstellt mit:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %4 – LGPL-3.0; Qt Charts GPL-3.0&lt;/li&gt;&lt;li&gt;SQLite – gemeinfrei, über Qt SQL&lt;/li&gt;&lt;li&gt;GStreamer und GLib – LGPL-2.1 oder neuer, für Aufnahme und Wiedergabe&lt;/li&gt;%5&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>About Rehearse</source>
        <translation>Über Rehearse</translation>
    </message>
</context>
<context>
    <name>AttemptRecovery</name>
    <message>
        <source>An answer cut off when Rehearse last stopped was recovered; it is in History.</source>
        <translation>Eine Antwort, die beim letzten Beenden von Rehearse unterbrochen wurde, wurde wiederhergestellt; sie ist im Verlauf.</translation>
    </message>
    <message>
        <source>%1 answers cut off when Rehearse last stopped were recovered; they are in History.</source>
        <translation>%1 Antworten, die beim letzten Beenden von Rehearse unterbrochen wurden, wurden wiederhergestellt; sie sind im Verlauf.</translation>
    </message>
    <message>
        <source>An answer cut off when Rehearse last stopped could not be recovered (%1); its file was kept as %2.</source>
        <translation>Eine Antwort, die beim letzten Beenden von Rehearse unterbrochen wurde, konnte nicht wiederhergestellt werden (%1); ihre Datei wurde als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>%1 answers cut off when Rehearse last stopped could not be recovered; their files were kept in the recordings folder.</source>
        <translation>%1 Antworten, die beim letzten Beenden von Rehearse unterbrochen wurden, konnten nicht wiederhergestellt werden; ihre Dateien wurden im Aufnahmeordner aufbewahrt.</translation>
    </message>
    <message>
        <source>its file is missing</source>
        <translation>ihre Datei fehlt</translation>
    </message>
    <message>
        <source>Cut off when Rehearse stopped; not recovered: %1.</source>
        <translation>Beim Beenden von Rehearse unterbrochen; nicht wiederhergestellt: %1.</translation>
    </message>
    <message>
        <source>the database could not be updated</source>
        <translation>die Datenbank konnte nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Practise job interviews on camera, offline and private.</source>
        <translation>Übe Vorstellungsgespräche vor der Kamera, offline und privat.</translation>
    </message>
    <message>
        <source>Keep the database and recordings in &lt;dir&gt; instead of the usual place.</source>
        <translation>Datenbank und Aufnahmen in &lt;dir&gt; statt am üblichen Ort ablegen.</translation>
    </message>
    <message>
        <source>A pack file to offer for import.</source>
        <translation>Eine Paketdatei, die zum Import angeboten wird.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>Gib höchstens eine Datei zum Öffnen an.</translation>
    </message>
    <message>
        <source>Import &lt;file&gt; without opening a window, and exit: a pack (.json), or questions (.csv, or .json in the question format).</source>
        <translation>&lt;file&gt; ohne Fenster importieren und beenden: ein Paket (.json) oder Fragen (.csv oder .json im Fragenformat).</translation>
    </message>
</context>
<context>
    <name>DataRecovery</name>
    <message>
        <source>%1 There is no backup to restore. Start Rehearse with its window to keep the damaged file aside and start with an empty database.</source>
        <translation>%1 Es gibt keine Sicherung zum Wiederherstellen. Starte Rehearse mit Fenster, um die beschädigte Datei beiseitezulegen und mit einer leeren Datenbank zu beginnen.</translation>
    </message>
    <message>
        <source>%1 Start Rehearse with its window to restore the backup from %2 (%3).</source>
        <translation>%1 Starte Rehearse mit Fenster, um die Sicherung vom %2 (%3) wiederherzustellen.</translation>
    </message>
    <message>
        <source>Your data is damaged</source>
        <translation>Deine Daten sind beschädigt</translation>
    </message>
    <message>
        <source>To restore or start empty, Rehearse first renames the damaged file, unchanged, to %1. Quit leaves everything as it is.</source>
        <translation>Zum Wiederherstellen oder für einen leeren Neuanfang benennt Rehearse die beschädigte Datei zuerst unverändert in %1 um. „Beenden“ lässt alles, wie es ist.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Die beschädigte Datei wurde als %1 aufbewahrt.</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Sicherung vom %1 wiederherstellen</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Mit leerer Datenbank beginnen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Rehearse cannot open your data</source>
        <translation>Rehearse kann deine Daten nicht öffnen</translation>
    </message>
    <message>
        <source>The damaged file could not be kept aside (%1). Nothing was changed.</source>
        <translation>Die beschädigte Datei konnte nicht beiseitegelegt werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>The backup from %1 could not be restored (%2). The damaged file was kept as %3.</source>
        <translation>Die Sicherung vom %1 konnte nicht wiederhergestellt werden (%2). Die beschädigte Datei wurde als %3 aufbewahrt.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <source>Rehearse restored your data as it was on %1. The damaged file, with anything you did after that, is kept as %2.</source>
        <translation>Rehearse hat deine Daten mit dem Stand vom %1 wiederhergestellt. Die beschädigte Datei mit allem, was du danach getan hast, wird als %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>FreeSpace</name>
    <message>
        <source>Only %1 is free on the disk that holds your recordings (%2). If it fills up during an answer, the recording stops there and what was recorded is kept. Free some space to be safe.</source>
        <translation>Auf dem Datenträger mit deinen Aufnahmen (%2) ist nur noch %1 frei. Wird er während einer Antwort voll, endet die Aufnahme dort, und das bisher Aufgenommene bleibt erhalten. Schaffe sicherheitshalber etwas Platz.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rehearse</source>
        <translation>Rehearse</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Import Pack…</source>
        <translation>Paket &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Rehearse</source>
        <translation>Ü&amp;ber Rehearse</translation>
    </message>
    <message>
        <source>&amp;My Interview…</source>
        <translation>&amp;Mein Interview…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Manage &amp;Packs…</source>
        <translation>&amp;Pakete verwalten…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
</context>
<context>
    <name>MatroskaFile</name>
    <message>
        <source>it is not a WebM file</source>
        <translation>sie ist keine WebM-Datei</translation>
    </message>
    <message>
        <source>it holds no recording</source>
        <translation>sie enthält keine Aufnahme</translation>
    </message>
    <message>
        <source>it holds no recorded sound or picture</source>
        <translation>sie enthält weder Ton noch Bild</translation>
    </message>
    <message>
        <source>it holds no tracks</source>
        <translation>sie enthält keine Spuren</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>its header has no room for the duration</source>
        <translation>in ihrem Dateikopf ist kein Platz für die Dauer</translation>
    </message>
    <message>
        <source>it still does not end cleanly</source>
        <translation>sie endet noch immer nicht sauber</translation>
    </message>
</context>
<context>
    <name>PackReader</name>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1, found %2</source>
        <translation>ganze Zahl ab %1 erwartet, gefunden: %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>Array erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>Objekt erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only a-z, 0-9 and -</source>
        <translation>„%1“ darf nur a-z, 0-9 und - enthalten</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID „%1“</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>file is %1 bytes; a pack may be at most %2 bytes (5 MB)</source>
        <translation>Datei hat %1 Byte; ein Paket darf höchstens %2 Byte (5 MB) groß sein</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>file is larger than 5 MB</source>
        <translation>Datei ist größer als 5 MB</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>Datei ist leer</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>no &quot;format&quot; field; this is not a Rehearse pack</source>
        <translation>kein Feld „format“; das ist kein Rehearse-Paket</translation>
    </message>
    <message>
        <source>unsupported format %1; this version of Rehearse reads format %2</source>
        <translation>nicht unterstütztes Format %1; diese Version von Rehearse liest Format %2</translation>
    </message>
    <message>
        <source>minWeeks (%1) is more than maxWeeks (%2)</source>
        <translation>minWeeks (%1) ist größer als maxWeeks (%2)</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected one of %2</source>
        <translation>unbekannte Kategorie „%1“; erwartet wird eine von %2</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>unknown quality &quot;%1&quot;</source>
        <translation>unbekannte Eigenschaft „%1“</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The attempt no longer exists.</source>
        <translation>Den Versuch gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existiert, ist aber kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: %2.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>%1 is not a readable Rehearse database (%2). It was left as it is.</source>
        <translation>%1 ist keine lesbare Rehearse-Datenbank (%2). Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rehearse (data version %2; this version reads up to %3). Nothing was changed. Update Rehearse to open it.</source>
        <translation>%1 wurde von einer neueren Version von Rehearse geschrieben (Datenversion %2; diese Version liest bis %3). Es wurde nichts verändert. Aktualisiere Rehearse, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot copy the database aside before upgrading it (%1). Nothing was changed.</source>
        <translation>Die Datenbank kann vor der Aktualisierung nicht gesichert werden (%1). Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed (%2). It was left at version %3.</source>
        <translation>Die Aktualisierung der Datenbank auf Version %1 ist fehlgeschlagen (%2). Sie bleibt auf Version %3.</translation>
    </message>
    <message>
        <source>Added pack &quot;%1&quot; (version %2): </source>
        <translation>Paket „%1“ (Version %2) hinzugefügt: </translation>
    </message>
    <message>
        <source>Pack &quot;%1&quot; (version %2) was already installed; refreshed its content: </source>
        <translation>Paket „%1“ (Version %2) war schon installiert; Inhalt aufgefrischt: </translation>
    </message>
    <message>
        <source>Updated pack &quot;%1&quot; from version %2 to %3: </source>
        <translation>Paket „%1“ von Version %2 auf %3 aktualisiert: </translation>
    </message>
    <message>
        <source>%1 stages (%2 new), %3 qualities (%4 new), %5 questions (%6 new, %7 archived), %8 checklist items.</source>
        <translation>%1 Phasen (%2 neu), %3 Eigenschaften (%4 neu), %5 Fragen (%6 neu, %7 archiviert), %8 Checklistenpunkte.</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>file is larger than 5 MB</source>
        <translation>Datei ist größer als 5 MB</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The shipped pack %1 is damaged: %2</source>
        <translation>Das mitgelieferte Paket %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation>In die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>a newer version (%1) of this pack is already installed; this file is version %2</source>
        <translation>eine neuere Version (%1) dieses Pakets ist bereits installiert; diese Datei ist Version %2</translation>
    </message>
    <message>
        <source>The pack was not imported: %1. Nothing was changed.</source>
        <translation>Das Paket wurde nicht importiert: %1. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>(question removed)</source>
        <translation>(Frage entfernt)</translation>
    </message>
    <message>
        <source>- Recorded: %1
</source>
        <translation>- Aufgenommen: %1
</translation>
    </message>
    <message>
        <source>- Length: %1 of %2
</source>
        <translation>- Länge: %1 von %2
</translation>
    </message>
    <message>
        <source>- Mode: %1
</source>
        <translation>- Modus: %1
</translation>
    </message>
    <message>
        <source>sound only</source>
        <translation>nur Ton</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>- Category: %1
</source>
        <translation>- Kategorie: %1
</translation>
    </message>
    <message>
        <source>- Qualities: %1
</source>
        <translation>- Eigenschaften: %1
</translation>
    </message>
    <message>
        <source>- Overall score: %1
</source>
        <translation>- Gesamtbewertung: %1
</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Kriterium</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Den Ordner %1 gibt es nicht.</translation>
    </message>
    <message>
        <source>The recording %1 is missing, so nothing was exported.</source>
        <translation>Die Aufnahme %1 fehlt, daher wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Cannot copy the recording into %1 (%2). Nothing was exported.</source>
        <translation>Die Aufnahme kann nicht nach %1 kopiert werden (%2). Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Cannot write %1. Nothing was exported.</source>
        <translation>%1 kann nicht geschrieben werden. Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Nothing was exported.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Cannot delete %1 (%2). The attempt and its review were kept.</source>
        <translation>%1 kann nicht gelöscht werden (%2). Der Versuch und seine Auswertung bleiben erhalten.</translation>
    </message>
    <message>
        <source>The recording was deleted but its entry could not be removed (%1).</source>
        <translation>Die Aufnahme wurde gelöscht, aber ihr Eintrag konnte nicht entfernt werden (%1).</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot copy the database: %1</source>
        <translation>die Datenbank kann nicht kopiert werden: %1</translation>
    </message>
    <message>
        <source>cannot name the copy %1</source>
        <translation>die Kopie kann nicht %1 genannt werden</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>%1 kann nicht in %2 umbenannt werden</translation>
    </message>
    <message>
        <source>%1 still exists</source>
        <translation>%1 existiert noch</translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation>%1 kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>die Datei ist kein UTF-8-Text; speichere sie als „CSV UTF-8“ und versuche es erneut</translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 is never closed, so the rest of the file could not be read</source>
        <translation>das in Zeile %1 geöffnete Feld in Anführungszeichen wird nie geschlossen, daher konnte der Rest der Datei nicht gelesen werden</translation>
    </message>
    <message>
        <source>text follows the closing quote of field %1; a quote inside a quoted field must be doubled</source>
        <translation>auf das schließende Anführungszeichen von Feld %1 folgt noch Text; ein Anführungszeichen in einem Feld in Anführungszeichen muss verdoppelt werden</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the check found nothing it could read</source>
        <translation>die Prüfung fand nichts Lesbares</translation>
    </message>
    <message>
        <source>%1 is not a readable Rehearse database: it is damaged (%2). It was left as it is.</source>
        <translation>%1 ist keine lesbare Rehearse-Datenbank: sie ist beschädigt (%2). Sie wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden: Zugriff verweigert</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>die Sperrdatei %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>Noch %1 Tage</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Morgen</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>Vor %1 Tagen</translation>
    </message>
    <message>
        <source>Write the question first.</source>
        <translation>Schreib zuerst die Frage.</translation>
    </message>
    <message>
        <source>That pack is not installed.</source>
        <translation>Dieses Paket ist nicht installiert.</translation>
    </message>
    <message>
        <source>(untitled story)</source>
        <translation>(Geschichte ohne Titel)</translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation>Eine Frage braucht einen Text.</translation>
    </message>
    <message>
        <source>Questions from a pack cannot be changed; copy one into your own questions first.</source>
        <translation>Fragen aus einem Paket lassen sich nicht ändern; kopiere sie zuerst in deine eigenen Fragen.</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>Die Frage gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Questions from a pack cannot be deleted; hide them instead.</source>
        <translation>Fragen aus einem Paket lassen sich nicht löschen; blende sie stattdessen aus.</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>der Text ist länger als %1 Zeichen</translation>
    </message>
    <message>
        <source>the text has no letters or digits</source>
        <translation>der Text enthält keine Buchstaben oder Ziffern</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>column %1 (no name)</source>
        <translation>Spalte %1 (ohne Namen)</translation>
    </message>
    <message>
        <source>line %1: the column &quot;%2&quot; appears twice</source>
        <translation>Zeile %1: Die Spalte „%2“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>no &quot;text&quot; column: the first line must name the columns, for example text,category,stage,qualities,tags,tip,why</source>
        <translation>keine Spalte „text“: Die erste Zeile muss die Spalten benennen, zum Beispiel text,category,stage,qualities,tags,tip,why</translation>
    </message>
    <message>
        <source>ignored the unknown columns %1</source>
        <translation>unbekannte Spalten %1 ignoriert</translation>
    </message>
    <message>
        <source>found %1 fields where the header has %2; a field with a comma must be in double quotes</source>
        <translation>%1 Felder gefunden, die Kopfzeile hat aber %2; ein Feld mit Komma muss in doppelten Anführungszeichen stehen</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>kein gültiges JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>this is an interview pack, not a question file; import it as a pack</source>
        <translation>das ist ein Interviewpaket, keine Fragendatei; importiere es als Paket</translation>
    </message>
    <message>
        <source>not a question file: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>keine Fragendatei: „format“ muss „%1“ sein</translation>
    </message>
    <message>
        <source>the file is version %1 of the format, written by a newer Rehearse; this version reads version %2</source>
        <translation>die Datei hat Formatversion %1 und stammt von einem neueren Rehearse; diese Version liest Version %2</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1</source>
        <translation>„version“ muss %1 sein</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions</source>
        <translation>„questions“ muss eine Liste von Fragen sein</translation>
    </message>
    <message>
        <source>expected an object with a &quot;text&quot;</source>
        <translation>Objekt mit „text“ erwartet</translation>
    </message>
    <message>
        <source>ignored the unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld „%1“ ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>„%1“ muss eine Liste von Zeichenketten sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>„%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>no installed pack has the stage &quot;%1&quot;; the question is added without a stage</source>
        <translation>kein installiertes Paket hat die Phase „%1“; die Frage wird ohne Phase hinzugefügt</translation>
    </message>
    <message>
        <source>no installed pack has the quality &quot;%1&quot;; the question is added without it</source>
        <translation>kein installiertes Paket hat die Eigenschaft „%1“; die Frage wird ohne sie hinzugefügt</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
    <message>
        <source>unknown kind of file: questions are read from .csv and .json files</source>
        <translation>unbekannte Dateiart: Fragen werden aus .csv- und .json-Dateien gelesen</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>Datei nicht gefunden</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>die Datei ist größer als %1 MB</translation>
    </message>
    <message>
        <source>cannot compare with the questions you have: %1</source>
        <translation>Vergleich mit deinen vorhandenen Fragen nicht möglich: %1</translation>
    </message>
    <message>
        <source>The questions were not imported: %1. Nothing was changed.</source>
        <translation>Die Fragen wurden nicht importiert: %1. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>Cannot read the questions (%1). Nothing was exported.</source>
        <translation>Die Fragen können nicht gelesen werden (%1). Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Ein Kriterium braucht einen Namen.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>Die Geschichte gibt es nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RecordingRepair</name>
    <message>
        <source>an unknown GStreamer error</source>
        <translation>ein unbekannter GStreamer-Fehler</translation>
    </message>
    <message>
        <source>GStreamer&apos;s Matroska elements are missing (install gstreamer1.0-plugins-good)</source>
        <translation>die Matroska-Elemente von GStreamer fehlen (installiere gstreamer1.0-plugins-good)</translation>
    </message>
    <message>
        <source>the repair took longer than %1 s</source>
        <translation>die Reparatur dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>there is not enough free space for a repaired copy</source>
        <translation>für eine reparierte Kopie ist nicht genug Platz frei</translation>
    </message>
    <message>
        <source>the repaired copy did not read back whole</source>
        <translation>die reparierte Kopie ließ sich nicht vollständig zurücklesen</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>&amp;Preparation time:</source>
        <translation>&amp;Vorbereitungszeit:</translation>
    </message>
    <message>
        <source>Preparation time in seconds</source>
        <translation>Vorbereitungszeit in Sekunden</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Answer time limit:</source>
        <translation>&amp;Zeitlimit für Antworten:</translation>
    </message>
    <message>
        <source>Answer time limit in seconds</source>
        <translation>Zeitlimit für Antworten in Sekunden</translation>
    </message>
    <message>
        <source>&amp;Questions in a mock interview:</source>
        <translation>&amp;Fragen pro Probeinterview:</translation>
    </message>
    <message>
        <source>Questions in a mock interview</source>
        <translation>Fragen pro Probeinterview</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Kamera:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Mikrofon:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>The criteria you score each answer on.</source>
        <translation>Die Kriterien, nach denen du jede Antwort bewertest.</translation>
    </message>
    <message>
        <source>Edit the &amp;rubric…</source>
        <translation>&amp;Bewertungsschema bearbeiten…</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect when Rehearse next starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Rehearse.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
</context>
<context>
    <name>SpeechAnalyzer</name>
    <message>
        <source>The recording is missing: %1 is not there.</source>
        <translation>Die Aufnahme fehlt: %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <source>The recording is empty (0 bytes), so there is nothing to analyse.</source>
        <translation>Die Aufnahme ist leer (0 Byte), es gibt nichts zu analysieren.</translation>
    </message>
    <message>
        <source>The recording has no sound track, so there is no speech to analyse.</source>
        <translation>Die Aufnahme hat keine Tonspur, also gibt es keine Sprache zu analysieren.</translation>
    </message>
    <message>
        <source>This system cannot decode sound (Qt Multimedia has no GStreamer backend).</source>
        <translation>Dieses System kann keinen Ton dekodieren (Qt Multimedia hat kein GStreamer-Backend).</translation>
    </message>
    <message>
        <source>the decoder stopped responding</source>
        <translation>der Decoder reagiert nicht mehr</translation>
    </message>
    <message>
        <source>The sound of this recording could not be decoded (%1). The file is kept as it is.</source>
        <translation>Der Ton dieser Aufnahme konnte nicht dekodiert werden (%1). Die Datei bleibt unverändert erhalten.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>The speech model is not installed: install pocketsphinx-en-us.</source>
        <translation>Das Sprachmodell ist nicht installiert: Installiere pocketsphinx-en-us.</translation>
    </message>
    <message>
        <source>Built without PocketSphinx.</source>
        <translation>Ohne PocketSphinx gebaut.</translation>
    </message>
    <message>
        <source>The speech model in %1 could not be loaded.</source>
        <translation>Das Sprachmodell in %1 konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Speech recognition could not start.</source>
        <translation>Die Spracherkennung konnte nicht starten.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No speech detected: the recording holds silence or a steady background sound only.</source>
        <translation>Keine Sprache erkannt: Die Aufnahme enthält nur Stille oder ein gleichmäßiges Hintergrundgeräusch.</translation>
    </message>
</context>
<context>
    <name>SpeechReport</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Pace: %1 words per minute (about %2–%3 is easy to follow)</source>
        <translation>Tempo: %1 Wörter pro Minute (etwa %2–%3 ist gut verständlich)</translation>
    </message>
    <message>
        <source>Filler words: %1 per minute (fewer than about %2)</source>
        <translation>Füllwörter: %1 pro Minute (weniger als etwa %2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>Pauses over %1: none</source>
        <translation>Pausen über %1: keine</translation>
    </message>
    <message>
        <source>Pauses over %1: %2</source>
        <translation>Pausen über %1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Speaking time: %1 of %2</source>
        <translation>Sprechzeit: %1 von %2</translation>
    </message>
    <message>
        <source>No speech detected in this answer.</source>
        <translation>In dieser Antwort wurde keine Sprache erkannt.</translation>
    </message>
    <message>
        <source>This answer has no sound to analyse.</source>
        <translation>Diese Antwort hat keinen Ton, der sich analysieren ließe.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>Die Analyse wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The speech analysis failed.</source>
        <translation>Die Sprachanalyse ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The speech analysis failed: %1</source>
        <translation>Die Sprachanalyse ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Rough transcript (automatic, often wrong)</source>
        <translation>Grobes Transkript (automatisch, oft fehlerhaft)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprechweise</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>(keine Wörter erkannt)</translation>
    </message>
    <message>
        <source>Filler words: none detected (the detection is rough)</source>
        <translation>Füllwörter: keine erkannt (die Erkennung ist grob)</translation>
    </message>
    <message>
        <source>peaks too loud in %1% of the speech</source>
        <translation>zu laute Spitzen in %1 % des Sprechens</translation>
    </message>
    <message>
        <source>no peaks too loud</source>
        <translation>keine zu lauten Spitzen</translation>
    </message>
    <message>
        <source>Loudness: %1 dBFS average (speech usually sits around %2 to %3 dBFS); %4</source>
        <translation>Lautheit: %1 dBFS im Mittel (Sprache liegt meist bei etwa %2 bis %3 dBFS); %4</translation>
    </message>
    <message>
        <source>Pace in each half-minute, from the start: %1 words per minute</source>
        <translation>Tempo je halbe Minute, vom Anfang an: %1 Wörter pro Minute</translation>
    </message>
</context>
<context>
    <name>SpeechRepository</name>
    <message>
        <source>A cancelled analysis is not stored.</source>
        <translation>Eine abgebrochene Analyse wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>The answer no longer exists, so its speech figures were not saved.</source>
        <translation>Die Antwort gibt es nicht mehr, daher wurden ihre Sprechwerte nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>StoryAnalysis</name>
    <message>
        <source>Situation + Task</source>
        <translation>Situation + Aufgabe</translation>
    </message>
    <message>
        <source>Start with the Situation: where and when did this happen? Then the Task, what you did (Action) and how it ended (Result).</source>
        <translation>Beginne mit der Situation: Wo und wann ist es passiert? Dann die Aufgabe, was du getan hast (Aktion) und wie es ausging (Ergebnis).</translation>
    </message>
    <message>
        <source>The Situation is empty: say where and when, in a sentence or two.</source>
        <translation>Die Situation ist leer: Sag in ein, zwei Sätzen, wo und wann.</translation>
    </message>
    <message>
        <source>The Task is empty: what were you responsible for, or what had to be solved?</source>
        <translation>Die Aufgabe ist leer: Wofür warst du verantwortlich, oder was musste gelöst werden?</translation>
    </message>
    <message>
        <source>The Action is empty: it is the heart of the story. What did you do, step by step?</source>
        <translation>Die Aktion ist leer: Sie ist das Herzstück der Geschichte. Was hast du Schritt für Schritt getan?</translation>
    </message>
    <message>
        <source>The Result is empty: how did it end? Give a number if you can.</source>
        <translation>Das Ergebnis ist leer: Wie ging es aus? Nenne eine Zahl, wenn du kannst.</translation>
    </message>
    <message>
        <source>About %1 at %2 words a minute: over the %3 limit.</source>
        <translation>Etwa %1 bei %2 Wörtern pro Minute: über dem Limit von %3.</translation>
    </message>
    <message>
        <source>Cut a word or two, starting with the Situation and Task.</source>
        <translation>Kürze ein, zwei Wörter, zuerst bei Situation und Aufgabe.</translation>
    </message>
    <message>
        <source>Cut about %1 words, starting with the Situation and Task.</source>
        <translation>Kürze etwa %1 Wörter, zuerst bei Situation und Aufgabe.</translation>
    </message>
    <message>
        <source>The Action says “we” more often than “I” (%1 to %2): make clear what you did yourself.</source>
        <translation>Die Aktion sagt öfter „wir“ als „ich“ (%1 zu %2): Mach klar, was du selbst getan hast.</translation>
    </message>
    <message>
        <source>The Result has no number in it: how much, how many, how fast, how often?</source>
        <translation>Das Ergebnis enthält keine Zahl: wie viel, wie viele, wie schnell, wie oft?</translation>
    </message>
    <message>
        <source>Situation and Task take %1% of the story (aim for %2): give enough context to follow it.</source>
        <translation>Situation und Aufgabe nehmen %1 % der Geschichte ein (Ziel: %2): Gib genug Kontext, damit man folgen kann.</translation>
    </message>
    <message>
        <source>Situation and Task take %1% of the story (aim for %2): trim the background.</source>
        <translation>Situation und Aufgabe nehmen %1 % der Geschichte ein (Ziel: %2): Kürze den Hintergrund.</translation>
    </message>
    <message>
        <source>The Action is %1% of the story (aim for %2): say more about what you did and why.</source>
        <translation>Die Aktion macht %1 % der Geschichte aus (Ziel: %2): Erzähl mehr darüber, was du getan hast und warum.</translation>
    </message>
    <message>
        <source>The Action is %1% of the story (aim for %2): keep the steps that mattered most.</source>
        <translation>Die Aktion macht %1 % der Geschichte aus (Ziel: %2): Behalte die wichtigsten Schritte.</translation>
    </message>
    <message>
        <source>The Result is %1% of the story (aim for %2): say what changed, and what you learned.</source>
        <translation>Das Ergebnis macht %1 % der Geschichte aus (Ziel: %2): Sag, was sich verändert hat und was du gelernt hast.</translation>
    </message>
    <message>
        <source>The Result is %1% of the story (aim for %2): keep the outcome and one lesson.</source>
        <translation>Das Ergebnis macht %1 % der Geschichte aus (Ziel: %2): Behalte den Ausgang und eine Erkenntnis.</translation>
    </message>
    <message>
        <source>About %1: short for a behavioural answer. Add what you did and how you know it worked.</source>
        <translation>Etwa %1: kurz für eine Antwort auf eine Verhaltensfrage. Ergänze, was du getan hast und woran du siehst, dass es funktioniert hat.</translation>
    </message>
    <message>
        <source>Give the story a short title, so you can find it and link it to questions.</source>
        <translation>Gib der Geschichte einen kurzen Titel, damit du sie findest und mit Fragen verknüpfen kannst.</translation>
    </message>
</context>
<context>
    <name>StoryMarkdown</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>STAR stories</source>
        <translation>STAR-Geschichten</translation>
    </message>
    <message>
        <source>“%1” comes before the first story; a story starts with a line “## Title”.</source>
        <translation>„%1“ steht vor der ersten Geschichte; eine Geschichte beginnt mit einer Zeile „## Titel“.</translation>
    </message>
    <message>
        <source>Unknown section “%1”: expected Situation, Task, Action, Result, Qualities or Questions.</source>
        <translation>Unbekannter Abschnitt „%1“: erwartet wird Situation, Task, Action, Result, Qualities oder Questions.</translation>
    </message>
    <message>
        <source>“%1” appears twice in the story on line %2 (first on line %3).</source>
        <translation>„%1“ kommt in der Geschichte in Zeile %2 ein zweites Mal vor (zuerst in Zeile %3).</translation>
    </message>
    <message>
        <source>“%1” is not a story heading. Start a story with “## ”, a part with “### ”, or write “\#” to keep the line as text.</source>
        <translation>„%1“ ist keine Überschrift einer Geschichte. Beginne eine Geschichte mit „## “, einen Teil mit „### “, oder schreib „\#“, um die Zeile als Text zu behalten.</translation>
    </message>
    <message>
        <source>Text outside a section: put it under “### Situation”, “### Task”, “### Action” or “### Result”.</source>
        <translation>Text außerhalb eines Abschnitts: Setze ihn unter „### Situation“, „### Task“, „### Action“ oder „### Result“.</translation>
    </message>
    <message>
        <source>Expected a list item starting with “- ”.</source>
        <translation>Erwartet wird ein Listenpunkt, der mit „- “ beginnt.</translation>
    </message>
    <message>
        <source>No story found: each story starts with a line “## Title”.</source>
        <translation>Keine Geschichte gefunden: Jede Geschichte beginnt mit einer Zeile „## Titel“.</translation>
    </message>
</context>
<context>
    <name>StoryPdf</name>
    <message>
        <source>1 story</source>
        <translation>1 Geschichte</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 Geschichten</translation>
    </message>
    <message>
        <source>STAR stories</source>
        <translation>STAR-Geschichten</translation>
    </message>
    <message>
        <source>Exported from Rehearse on %1: %2.</source>
        <translation>Aus Rehearse exportiert am %1: %2.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>%1, about %2 to say at %3 words a minute.</source>
        <translation>%1, etwa %2 Sprechzeit bei %3 Wörtern pro Minute.</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(noch nicht geschrieben)</translation>
    </message>
    <message>
        <source>Qualities it shows</source>
        <translation>Eigenschaften, die sie zeigt</translation>
    </message>
    <message>
        <source>Questions it answers</source>
        <translation>Fragen, die sie beantwortet</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Nothing was exported.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Es wurde nichts exportiert.</translation>
    </message>
</context>
<context>
    <name>StoryTransfer</name>
    <message>
        <source>The file has a malformed line, so nothing was imported.</source>
        <translation>Die Datei enthält eine fehlerhafte Zeile, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The file has %1 malformed lines, so nothing was imported.</source>
        <translation>Die Datei enthält %1 fehlerhafte Zeilen, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported 1 story</source>
        <translation>1 Geschichte importiert</translation>
    </message>
    <message>
        <source>Imported %1 stories</source>
        <translation>%1 Geschichten importiert</translation>
    </message>
    <message>
        <source>1 with “(imported)” after its title, because another story has that title</source>
        <translation>1 mit „(importiert)“ hinter dem Titel, weil eine andere Geschichte diesen Titel hat</translation>
    </message>
    <message>
        <source>%1 with “(imported)” after their titles, because other stories have those titles</source>
        <translation>%1 mit „(importiert)“ hinter dem Titel, weil andere Geschichten diese Titel haben</translation>
    </message>
    <message>
        <source>skipped 1 that is already here</source>
        <translation>1 bereits vorhandene übersprungen</translation>
    </message>
    <message>
        <source>skipped %1 that are already here</source>
        <translation>%1 bereits vorhandene übersprungen</translation>
    </message>
    <message>
        <source>One quality or question could not be found and was left out.</source>
        <translation>Eine Eigenschaft oder Frage wurde nicht gefunden und weggelassen.</translation>
    </message>
    <message>
        <source>%1 qualities or questions could not be found and were left out.</source>
        <translation>%1 Eigenschaften oder Fragen wurden nicht gefunden und weggelassen.</translation>
    </message>
    <message>
        <source>1 story</source>
        <translation>1 Geschichte</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 Geschichten</translation>
    </message>
    <message>
        <source>Exported from Rehearse on %1: %2. Stories › Import… reads this file back.</source>
        <translation>Aus Rehearse exportiert am %1: %2. Geschichten › Importieren… liest diese Datei wieder ein.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Nothing was exported.</source>
        <translation>%1 kann nicht geschrieben werden (%2). Es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be a story file.</source>
        <translation>%1 ist zu groß für eine Geschichtendatei.</translation>
    </message>
    <message>
        <source>The stories could not be imported: %1</source>
        <translation>Die Geschichten konnten nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (importiert %2)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>Line %1: no installed pack has the quality “%2”; “%3” was imported without it.</source>
        <translation>Zeile %1: Kein installiertes Paket hat die Eigenschaft „%2“; „%3“ wurde ohne sie importiert.</translation>
    </message>
    <message>
        <source>Line %1: no question reads “%2”; “%3” was imported without the link.</source>
        <translation>Zeile %1: Keine Frage lautet „%2“; „%3“ wurde ohne die Verknüpfung importiert.</translation>
    </message>
    <message>
        <source>The stories could not be imported (%1). Nothing was imported.</source>
        <translation>Die Geschichten konnten nicht importiert werden (%1). Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rehearse: %1 is not a valid pack; nothing was imported:</source>
        <translation>rehearse: %1 ist kein gültiges Paket; es wurde nichts importiert:</translation>
    </message>
    <message>
        <source>Import pack?</source>
        <translation>Paket importieren?</translation>
    </message>
    <message>
        <source>Import the pack %1?</source>
        <translation>Das Paket %1 importieren?</translation>
    </message>
    <message>
        <source>rehearse: the daily backup was not written: %1</source>
        <translation>rehearse: Die tägliche Sicherung wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>rehearse: %1 has malformed rows; nothing was imported:</source>
        <translation>rehearse: %1 enthält fehlerhafte Zeilen; es wurde nichts importiert:</translation>
    </message>
    <message>
        <source>Added 1 question</source>
        <translation>1 Frage hinzugefügt</translation>
    </message>
    <message>
        <source>Added %1 questions</source>
        <translation>%1 Fragen hinzugefügt</translation>
    </message>
    <message>
        <source>skipped 1 duplicate</source>
        <translation>1 Duplikat übersprungen</translation>
    </message>
    <message>
        <source>skipped %1 duplicates</source>
        <translation>%1 Duplikate übersprungen</translation>
    </message>
    <message>
        <source>rehearse: Rehearse is already running on %1 (process %2); close it and try again. Nothing was imported.</source>
        <translation>rehearse: Rehearse läuft bereits mit %1 (Prozess %2); schließe es und versuche es erneut. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Rehearse is already running on %1; brought its window to the front.</source>
        <translation>Rehearse läuft bereits mit %1; sein Fenster wurde nach vorne geholt.</translation>
    </message>
    <message>
        <source>rehearse: Rehearse is already running on %1 (process %2) but does not answer; close it and try again.</source>
        <translation>rehearse: Rehearse läuft bereits mit %1 (Prozess %2), antwortet aber nicht; schließe es und versuche es erneut.</translation>
    </message>
</context>
<context>
    <name>rehearse::core::AttemptHistoryModel</name>
    <message>
        <source>Sound</source>
        <translation>Ton</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1, recovered</source>
        <translation>%1, wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 of %2 allowed</source>
        <translation>%1 von %2 erlaubt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Kriterien</translation>
    </message>
</context>
<context>
    <name>rehearse::core::QuestionBankModel</name>
    <message>
        <source>Practised once</source>
        <translation>Einmal geübt</translation>
    </message>
    <message>
        <source>Practised %1 times</source>
        <translation>%1-mal geübt</translation>
    </message>
    <message>
        <source>From a pack: read only. Copy it to make your own version.</source>
        <translation>Aus einem Paket: schreibgeschützt. Kopiere sie, um eine eigene Version zu erstellen.</translation>
    </message>
    <message>
        <source>Hidden: left out of practice.</source>
        <translation>Ausgeblendet: wird beim Üben ausgelassen.</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>jetzt fällig</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Geübt</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Fällig</translation>
    </message>
</context>
<context>
    <name>rehearse::core::RubricModel</name>
    <message>
        <source>Criterion (ticked: in use)</source>
        <translation>Kriterium (angehakt: in Gebrauch)</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>A 1 looks like</source>
        <translation>Eine 1 sieht so aus</translation>
    </message>
    <message>
        <source>A 3 looks like</source>
        <translation>Eine 3 sieht so aus</translation>
    </message>
    <message>
        <source>A 5 looks like</source>
        <translation>Eine 5 sieht so aus</translation>
    </message>
</context>
<context>
    <name>rehearse::core::Story</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>rehearse::core::StoryCoverageModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>No story yet</source>
        <translation>Noch keine Geschichte</translation>
    </message>
    <message>
        <source>1 story</source>
        <translation>1 Geschichte</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 Geschichten</translation>
    </message>
    <message>
        <source>No story shows %1 yet. Tick it in a story, or write one for it.</source>
        <translation>Noch keine Geschichte zeigt %1. Hake die Eigenschaft in einer Geschichte an oder schreib eine dafür.</translation>
    </message>
    <message>
        <source>“%1” shows %2</source>
        <translation>„%1“ zeigt %2</translation>
    </message>
    <message>
        <source>“%1” does not show %2</source>
        <translation>„%1“ zeigt %2 nicht</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, aus %2</translation>
    </message>
</context>
<context>
    <name>rehearse::core::StoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 Wort</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 Wörter</translation>
    </message>
    <message>
        <source>shows 1 quality</source>
        <translation>zeigt 1 Eigenschaft</translation>
    </message>
    <message>
        <source>shows %1 qualities</source>
        <translation>zeigt %1 Eigenschaften</translation>
    </message>
    <message>
        <source>answers 1 question</source>
        <translation>beantwortet 1 Frage</translation>
    </message>
    <message>
        <source>answers %1 questions</source>
        <translation>beantwortet %1 Fragen</translation>
    </message>
    <message>
        <source>%1: %2, about %3 to say; %4, %5.</source>
        <translation>%1: %2, etwa %3 Sprechzeit; %4, %5.</translation>
    </message>
    <message>
        <source>Not all four parts are written yet.</source>
        <translation>Noch sind nicht alle vier Teile geschrieben.</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Geschichte</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
</context>
<context>
    <name>rehearse::media::AnswerRecorder</name>
    <message>
        <source>No microphone was found, or no sound server is running. Connect a microphone, choose it in Settings and try again. Nothing was recorded.</source>
        <translation>Es wurde kein Mikrofon gefunden, oder es läuft kein Soundserver. Schließe ein Mikrofon an, wähle es in den Einstellungen und versuche es erneut. Es wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>Es läuft bereits eine Aufnahme.</translation>
    </message>
    <message>
        <source>Cannot write recordings to %1. Check that the folder exists and is writable. Nothing was recorded.</source>
        <translation>Aufnahmen können nicht in %1 geschrieben werden. Prüfe, ob der Ordner existiert und beschreibbar ist. Es wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; was disconnected. The recording stopped; what was recorded is kept.</source>
        <translation>Das Mikrofon „%1“ wurde getrennt. Die Aufnahme wurde beendet; das bisher Aufgenommene bleibt erhalten.</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; was disconnected. The recording stopped; what was recorded is kept.</source>
        <translation>Die Kamera „%1“ wurde getrennt. Die Aufnahme wurde beendet; das bisher Aufgenommene bleibt erhalten.</translation>
    </message>
</context>
<context>
    <name>rehearse::media::CaptureWorker</name>
    <message>
        <source>The camera stopped working (%1). The recording was stopped; what was recorded is kept.</source>
        <translation>Die Kamera funktioniert nicht mehr (%1). Die Aufnahme wurde beendet; das bisher Aufgenommene bleibt erhalten.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>Die Kamera kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>Es läuft bereits eine Aufnahme.</translation>
    </message>
    <message>
        <source>The recording could not start: %1. Nothing was recorded.</source>
        <translation>Die Aufnahme konnte nicht starten: %1. Es wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>The recorder finished without writing anything.</source>
        <translation>Die Aufnahme endete, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>The recorder reported a problem: %1</source>
        <translation>Die Aufnahme meldete ein Problem: %1</translation>
    </message>
    <message>
        <source>Recording stopped: the disk is full or the recordings folder cannot be written (%1). What was recorded is kept.</source>
        <translation>Aufnahme beendet: Der Datenträger ist voll, oder in den Aufnahmeordner kann nicht geschrieben werden (%1). Das bisher Aufgenommene bleibt erhalten.</translation>
    </message>
    <message>
        <source>Recording stopped: %1. What was recorded is kept.</source>
        <translation>Aufnahme beendet: %1. Das bisher Aufgenommene bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>The recording did not start: the camera or microphone still sent nothing after %n tries. Check them in Settings and try again. The file was kept in your recordings folder.</source>
        <translation>
            <numerusform>Die Aufnahme ist nicht angelaufen: Kamera oder Mikrofon haben nach %n Versuch nichts geliefert. Prüfe sie in den Einstellungen und versuche es noch einmal. Die Datei bleibt in deinem Aufnahmeordner.</numerusform>
            <numerusform>Die Aufnahme ist nicht angelaufen: Kamera oder Mikrofon haben nach %n Versuchen nichts geliefert. Prüfe sie in den Einstellungen und versuche es noch einmal. Die Datei bleibt in deinem Aufnahmeordner.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording did not start, and it was stopped before it could start again. Nothing was recorded.</source>
        <translation>Die Aufnahme ist nicht angelaufen und wurde beendet, bevor sie neu starten konnte. Es wurde nichts aufgenommen.</translation>
    </message>
</context>
<context>
    <name>rehearse::media::PracticeController</name>
    <message>
        <source>The attempt could not be stored (%1). Nothing was recorded.</source>
        <translation>Der Versuch konnte nicht gespeichert werden (%1). Es wurde nichts aufgenommen.</translation>
    </message>
    <message>
        <source>The recording cannot be played back (%1).</source>
        <translation>Die Aufnahme kann nicht abgespielt werden (%1).</translation>
    </message>
    <message>
        <source>The recording has no sound.</source>
        <translation>Die Aufnahme hat keinen Ton.</translation>
    </message>
    <message>
        <source>The recording has no picture.</source>
        <translation>Die Aufnahme hat kein Bild.</translation>
    </message>
    <message>
        <source>The recording is %1 s long, but %2 s were recorded.</source>
        <translation>Die Aufnahme ist %1 s lang, aufgenommen wurden aber %2 s.</translation>
    </message>
    <message>
        <source>The file was kept in your recordings folder.</source>
        <translation>Die Datei wurde in deinem Aufnahmeordner aufbewahrt.</translation>
    </message>
    <message>
        <source>The recording did not finish in time. The file was kept and will be checked the next time Rehearse starts.</source>
        <translation>Die Aufnahme wurde nicht rechtzeitig abgeschlossen. Die Datei wurde aufbewahrt und wird beim nächsten Start von Rehearse geprüft.</translation>
    </message>
    <message>
        <source>%1 The file could not be finished (%2); it was kept in your recordings folder.</source>
        <translation>%1 Die Datei konnte nicht abgeschlossen werden (%2); sie wurde in deinem Aufnahmeordner aufbewahrt.</translation>
    </message>
    <message>
        <source>The recorder failed and the file could not be finished: %1.</source>
        <translation>Die Aufnahme ist fehlgeschlagen, und die Datei konnte nicht abgeschlossen werden: %1.</translation>
    </message>
    <message>
        <source>The recording did not start; started it again.</source>
        <translation>Die Aufnahme ist nicht angelaufen; sie wurde neu gestartet.</translation>
    </message>
</context>
<context>
    <name>rehearse::media::RecordingProbe</name>
    <message>
        <source>the file could not be read back in time</source>
        <translation>die Datei konnte nicht rechtzeitig zurückgelesen werden</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::AnswerPlayer</name>
    <message>
        <source>Sound only — this answer was recorded without a camera.</source>
        <translation>Nur Ton – diese Antwort wurde ohne Kamera aufgenommen.</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Abspielen oder pausieren</translation>
    </message>
    <message>
        <source>Position in the answer</source>
        <translation>Position in der Antwort</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Abspielen oder pausieren (Leertaste)</translation>
    </message>
    <message>
        <source>Back five seconds</source>
        <translation>Fünf Sekunden zurück</translation>
    </message>
    <message>
        <source>Back five seconds (Left)</source>
        <translation>Fünf Sekunden zurück (Pfeil links)</translation>
    </message>
    <message>
        <source>Forward five seconds</source>
        <translation>Fünf Sekunden vor</translation>
    </message>
    <message>
        <source>Forward five seconds (Right)</source>
        <translation>Fünf Sekunden vor (Pfeil rechts)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Wiedergabegeschwindigkeit</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::BalanceBar</name>
    <message>
        <source>Balance of the parts</source>
        <translation>Verhältnis der Teile</translation>
    </message>
    <message>
        <source>%1: nothing yet (aim for %2)</source>
        <translation>%1: noch nichts (Ziel: %2)</translation>
    </message>
    <message>
        <source>%1: %2% (aim for %3)</source>
        <translation>%1: %2 % (Ziel: %3)</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::CompareView</name>
    <message>
        <source>← History (Esc)</source>
        <translation>← Verlauf (Esc)</translation>
    </message>
    <message>
        <source>Play both (Space)</source>
        <translation>Beide abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>Both from the start (Home)</source>
        <translation>Beide von vorn (Pos1)</translation>
    </message>
    <message>
        <source>Scores side by side</source>
        <translation>Bewertungen im Vergleich</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1 · %2 long</source>
        <translation>%1 · %2 lang</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::CoverageView</name>
    <message>
        <source>Complete stories out of 8</source>
        <translation>Fertige Geschichten von 8</translation>
    </message>
    <message>
        <source>Qualities and the stories that show them</source>
        <translation>Eigenschaften und die Geschichten, die sie zeigen</translation>
    </message>
    <message>
        <source>Tick the qualities each story shows. Double-click a story&apos;s name to open it.</source>
        <translation>Hake die Eigenschaften an, die jede Geschichte zeigt. Doppelklicke auf den Namen einer Geschichte, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The guide asks for 6 to 8 stories in situation, task, action and result form that together show the qualities the company screens for. Each quality deserves at least one story; two is better.</source>
        <translation>Der Leitfaden empfiehlt 6 bis 8 Geschichten im Schema Situation, Aufgabe, Aktion, Ergebnis, die zusammen die Eigenschaften zeigen, auf die das Unternehmen achtet. Jede Eigenschaft verdient mindestens eine Geschichte; zwei sind besser.</translation>
    </message>
    <message>
        <source>No stories yet: aim for 6 to 8.</source>
        <translation>Noch keine Geschichten: Ziel sind 6 bis 8.</translation>
    </message>
    <message>
        <source>%1 complete stories: more than 8, so keep the strongest 6 to 8 fresh.</source>
        <translation>%1 fertige Geschichten: mehr als 8, halte also die stärksten 6 bis 8 frisch.</translation>
    </message>
    <message>
        <source>%1 of 6–8 stories complete: enough to cover the interview.</source>
        <translation>%1 von 6–8 Geschichten fertig: genug für das Interview.</translation>
    </message>
    <message>
        <source>%1 of 6–8 stories complete.</source>
        <translation>%1 von 6–8 Geschichten fertig.</translation>
    </message>
    <message>
        <source>1 draft still has an empty part.</source>
        <translation>1 Entwurf hat noch einen leeren Teil.</translation>
    </message>
    <message>
        <source>%1 drafts still have an empty part.</source>
        <translation>%1 Entwürfe haben noch einen leeren Teil.</translation>
    </message>
    <message>
        <source>No pack is installed, so there are no qualities to cover yet.</source>
        <translation>Es ist kein Paket installiert, daher gibt es noch keine Eigenschaften abzudecken.</translation>
    </message>
    <message>
        <source>✓ Every quality has at least one story.</source>
        <translation>✓ Jede Eigenschaft hat mindestens eine Geschichte.</translation>
    </message>
    <message>
        <source>1 quality has no story yet: %1.</source>
        <translation>1 Eigenschaft hat noch keine Geschichte: %1.</translation>
    </message>
    <message>
        <source>%1 qualities have no story yet: %2.</source>
        <translation>%1 Eigenschaften haben noch keine Geschichte: %2.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::GuidePanel</name>
    <message>
        <source>No interview guide yet</source>
        <translation>Noch kein Interview-Leitfaden</translation>
    </message>
    <message>
        <source>%1–%2 weeks from first contact to offer · %3 stages · %4 questions</source>
        <translation>%1–%2 Wochen vom ersten Kontakt bis zum Angebot · %3 Phasen · %4 Fragen</translation>
    </message>
    <message>
        <source>The stages</source>
        <translation>Die Phasen</translation>
    </message>
    <message>
        <source>How to prepare: %1</source>
        <translation>So bereitest du dich vor: %1</translation>
    </message>
    <message>
        <source>What %1 looks for</source>
        <translation>Worauf %1 achtet</translation>
    </message>
    <message>
        <source>Show it: %1</source>
        <translation>So zeigst du es: %1</translation>
    </message>
    <message>
        <source>Preparation checklist</source>
        <translation>Checkliste zur Vorbereitung</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Häufige Fehler</translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation>Häufig gestellte Fragen</translation>
    </message>
    <message>
        <source>Pay and benefits</source>
        <translation>Gehalt und Zusatzleistungen</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>Company pack</source>
        <translation>Unternehmenspaket</translation>
    </message>
    <message>
        <source>My interview…</source>
        <translation>Mein Interview…</translation>
    </message>
    <message>
        <source>Set your company, interview date and stage (Ctrl+Shift+M)</source>
        <translation>Unternehmen, Interviewtermin und Phase festlegen (Strg+Umschalt+M)</translation>
    </message>
    <message>
        <source>Guide for:</source>
        <translation>Leitfaden für:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Gehalt</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Deine Fragen</translation>
    </message>
    <message>
        <source>Add a company pack with File › Manage Packs… or File › Import Pack… (Ctrl+O) to see how that company interviews.</source>
        <translation>Füge mit Datei › Pakete verwalten… oder Datei › Paket importieren… (Strg+O) ein Unternehmenspaket hinzu, um zu sehen, wie dieses Unternehmen Interviews führt.</translation>
    </message>
    <message>
        <source>Your interview: %1 (%2)</source>
        <translation>Dein Interview: %1 (%2)</translation>
    </message>
    <message>
        <source>Your interview: date not set</source>
        <translation>Dein Interview: kein Termin festgelegt</translation>
    </message>
    <message>
        <source>You are at: %1</source>
        <translation>Du bist bei: %1</translation>
    </message>
    <message>
        <source>Have an interview coming? Set your date and stage with “My interview…” and the Guide, Questions and Practice follow it.</source>
        <translation>Steht ein Interview an? Leg Termin und Phase mit „Mein Interview…“ fest, dann richten sich Leitfaden, Fragen und Üben danach.</translation>
    </message>
    <message>
        <source>Interviewing with %1? Set your date and stage with “My interview…” and the Guide, Questions and Practice follow it.</source>
        <translation>Interview bei %1? Leg Termin und Phase mit „Mein Interview…“ fest, dann richten sich Leitfaden, Fragen und Üben danach.</translation>
    </message>
    <message>
        <source>Open all stages</source>
        <translation>Alle Phasen aufklappen</translation>
    </message>
    <message>
        <source>%1 — you are here</source>
        <translation>%1 – du bist hier</translation>
    </message>
    <message>
        <source>Show or hide what happens and how to prepare</source>
        <translation>Zeigen oder ausblenden, was passiert und wie du dich vorbereitest</translation>
    </message>
    <message>
        <source>Close all stages</source>
        <translation>Alle Phasen zuklappen</translation>
    </message>
    <message>
        <source>What interviewers look for</source>
        <translation>Worauf Interviewer achten</translation>
    </message>
    <message>
        <source>Your stories: none yet — write one in Stories (Ctrl+3).</source>
        <translation>Deine Geschichten: noch keine – schreib eine unter Geschichten (Strg+3).</translation>
    </message>
    <message>
        <source>Your stories: %1</source>
        <translation>Deine Geschichten: %1</translation>
    </message>
    <message>
        <source>Your questions for them</source>
        <translation>Deine Fragen an sie</translation>
    </message>
    <message>
        <source>Interviewers expect you to ask three to five questions of your own: about the team, the work, how success is measured. Write them here; they are kept for this company.</source>
        <translation>Interviewer erwarten, dass du drei bis fünf eigene Fragen stellst: zum Team, zur Arbeit, dazu, wie Erfolg gemessen wird. Schreib sie hier auf; sie werden für dieses Unternehmen gespeichert.</translation>
    </message>
    <message>
        <source>Your questions for the interviewers</source>
        <translation>Deine Fragen an die Interviewer</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit; Delete removes.</source>
        <translation>Doppelklick oder F2 zum Bearbeiten; Entf entfernt.</translation>
    </message>
    <message>
        <source>New question to ask them</source>
        <translation>Neue Frage an sie</translation>
    </message>
    <message>
        <source>e.g. What would you expect me to have done in my first 90 days?</source>
        <translation>z. B. Was sollte ich Ihrer Erwartung nach in meinen ersten 90 Tagen erreicht haben?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>None written yet; aim for three to five.</source>
        <translation>Noch keine geschrieben; Ziel sind drei bis fünf.</translation>
    </message>
    <message>
        <source>%1 of at least 3 written.</source>
        <translation>%1 von mindestens 3 geschrieben.</translation>
    </message>
    <message>
        <source>%1 written — enough to choose from.</source>
        <translation>%1 geschrieben – genug zur Auswahl.</translation>
    </message>
    <message>
        <source>%1 written; pick your best five on the day.</source>
        <translation>%1 geschrieben; wähle am Tag selbst deine besten fünf.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Rubric…</source>
        <translation>Bewertungsschema…</translation>
    </message>
    <message>
        <source>Edit the criteria answers are scored on</source>
        <translation>Die Kriterien bearbeiten, nach denen Antworten bewertet werden</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Search questions (Ctrl+F)</source>
        <translation>Fragen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Jede Bewertung</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Unbewertet</translation>
    </message>
    <message>
        <source>Weak (1–2)</source>
        <translation>Schwach (1–2)</translation>
    </message>
    <message>
        <source>Fair (3)</source>
        <translation>Mittel (3)</translation>
    </message>
    <message>
        <source>Strong (4–5)</source>
        <translation>Stark (4–5)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter löschen</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Deine Antworten</translation>
    </message>
    <message>
        <source>Due for practice</source>
        <translation>Zum Üben fällig</translation>
    </message>
    <message>
        <source>Questions whose review is due, from your scores. Enter or double-click to practise.</source>
        <translation>Fragen, die laut deinen Bewertungen wieder fällig sind. Eingabetaste oder Doppelklick zum Üben.</translation>
    </message>
    <message>
        <source>Practise it</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Replay and score (Enter)</source>
        <translation>Abspielen und bewerten (Eingabe)</translation>
    </message>
    <message>
        <source>Compare two (Ctrl+D)</source>
        <translation>Zwei vergleichen (Strg+D)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner zeigen</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Löschen (Entf)</translation>
    </message>
    <message>
        <source>The history could not be read from the database. Restart Rehearse; if it persists, see the log in the data folder.</source>
        <translation>Der Verlauf konnte nicht aus der Datenbank gelesen werden. Starte Rehearse neu; wenn das Problem bleibt, sieh ins Protokoll im Datenordner.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All qualities</source>
        <translation>Alle Eigenschaften</translation>
    </message>
    <message>
        <source>%1 of %2 answers</source>
        <translation>%1 von %2 Antworten</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 Antwort</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 Antworten</translation>
    </message>
    <message>
        <source>No answers yet. Record one in Practice (Ctrl+4); it appears here to replay and score.</source>
        <translation>Noch keine Antworten. Nimm eine unter Üben auf (Strg+4); sie erscheint hier zum Abspielen und Bewerten.</translation>
    </message>
    <message>
        <source>No answer matches these filters. Clear filters to see all %1.</source>
        <translation>Keine Antwort passt zu diesen Filtern. Lösche die Filter, um alle %1 zu sehen.</translation>
    </message>
    <message>
        <source>Last score %1; due since %2</source>
        <translation>Letzte Bewertung %1; fällig seit %2</translation>
    </message>
    <message>
        <source>Last score %1; due today</source>
        <translation>Letzte Bewertung %1; heute fällig</translation>
    </message>
    <message>
        <source>Nothing due today. Scored answers bring their questions back here: weak ones soon, strong ones later.</source>
        <translation>Heute ist nichts fällig. Bewertete Antworten bringen ihre Fragen hierher zurück: schwache bald, starke später.</translation>
    </message>
    <message>
        <source>Play the two answers side by side</source>
        <translation>Die beiden Antworten nebeneinander abspielen</translation>
    </message>
    <message>
        <source>Select two answers to the same question (Ctrl+click)</source>
        <translation>Wähle zwei Antworten auf dieselbe Frage (Strg+Klick)</translation>
    </message>
    <message>
        <source>That answer no longer exists.</source>
        <translation>Diese Antwort gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>One of the two answers no longer exists.</source>
        <translation>Eine der beiden Antworten gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Delete Answers</source>
        <translation>Antworten löschen</translation>
    </message>
    <message>
        <source>Delete this answer with its recording, scores, notes and bookmarks? This cannot be undone.</source>
        <translation>Diese Antwort mit Aufnahme, Bewertungen, Notizen und Lesezeichen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Delete these %1 answers with their recordings, scores, notes and bookmarks? This cannot be undone.</source>
        <translation>Diese %1 Antworten mit Aufnahmen, Bewertungen, Notizen und Lesezeichen löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Answer deleted.</source>
        <translation>Antwort gelöscht.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 and %2.</source>
        <translation>%1 und %2 exportiert.</translation>
    </message>
    <message>
        <source>The recording %1 is missing.</source>
        <translation>Die Aufnahme %1 fehlt.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::InterviewDialog</name>
    <message>
        <source>I have a date:</source>
        <translation>Ich habe einen Termin:</translation>
    </message>
    <message>
        <source>My Interview</source>
        <translation>Mein Interview</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Interviewtermin</translation>
    </message>
    <message>
        <source>&amp;Company and role:</source>
        <translation>&amp;Unternehmen und Stelle:</translation>
    </message>
    <message>
        <source>Interview date:</source>
        <translation>Interviewtermin:</translation>
    </message>
    <message>
        <source>&amp;Stage you are at:</source>
        <translation>&amp;Deine aktuelle Phase:</translation>
    </message>
    <message>
        <source>The window counts the days; the Guide opens at your stage; Questions and Practice start with this company&apos;s questions.</source>
        <translation>Das Fenster zählt die Tage; der Leitfaden öffnet sich bei deiner Phase; Fragen und Üben beginnen mit den Fragen dieses Unternehmens.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Noch nicht begonnen</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::MainWindow</name>
    <message>
        <source>Guide</source>
        <translation>Leitfaden</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>%1 — Rehearse</source>
        <translation>%1 – Rehearse</translation>
    </message>
    <message>
        <source>Import a Pack</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Rehearse packs (*.json);;All files (*)</source>
        <translation>Rehearse-Pakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Pack not imported</source>
        <translation>Paket nicht importiert</translation>
    </message>
    <message>
        <source>%1 is not a valid pack, so nothing was imported. Fix the problems below and try again.</source>
        <translation>%1 ist kein gültiges Paket, daher wurde nichts importiert. Behebe die Probleme unten und versuche es erneut.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Checking an answer cut off when Rehearse last stopped…</source>
        <translation>Eine beim letzten Beenden von Rehearse unterbrochene Antwort wird geprüft…</translation>
    </message>
    <message>
        <source>Checking %1 answers cut off when Rehearse last stopped…</source>
        <translation>%1 beim letzten Beenden von Rehearse unterbrochene Antworten werden geprüft…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Your interview details were not saved: %1</source>
        <translation>Deine Interviewangaben wurden nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>%1 interview: %2</source>
        <translation>Interview bei %1: %2</translation>
    </message>
    <message>
        <source>Your interview — File › My Interview… (Ctrl+Shift+M) to change it</source>
        <translation>Dein Interview – ändern mit Datei › Mein Interview… (Strg+Umschalt+M)</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::PacksDialog</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <source>&amp;Add Back</source>
        <translation>&amp;Wieder hinzufügen</translation>
    </message>
    <message>
        <source>Manage Packs</source>
        <translation>Pakete verwalten</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Company and role</source>
        <translation>Unternehmen und Stelle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Import or Update from File…</source>
        <translation>Aus Datei &amp;importieren oder aktualisieren…</translation>
    </message>
    <message>
        <source>A pack is one company and role: its stages, qualities, questions and advice. Removing a pack keeps your stories, answers and scores; adding it back brings its questions back.</source>
        <translation>Ein Paket steht für ein Unternehmen und eine Stelle, mit Phasen, Eigenschaften, Fragen und Ratschlägen. Beim Entfernen eines Pakets bleiben deine Geschichten, Antworten und Bewertungen erhalten; fügst du es wieder hinzu, kommen seine Fragen zurück.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installiert</translation>
    </message>
    <message>
        <source>Import a Pack</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Rehearse packs (*.json);;All files (*)</source>
        <translation>Rehearse-Pakete (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 is not a valid pack, so nothing was changed. Fix the problems below and try again.</source>
        <translation>%1 ist kein gültiges Paket, daher wurde nichts verändert. Behebe die Probleme unten und versuche es erneut.</translation>
    </message>
    <message>
        <source>The pack was not imported: %1</source>
        <translation>Das Paket wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>Remove Pack</source>
        <translation>Paket entfernen</translation>
    </message>
    <message>
        <source>Remove this pack? Its questions leave the bank and the Guide; your stories, recorded answers and scores stay, and adding the pack back brings its questions back.</source>
        <translation>Dieses Paket entfernen? Seine Fragen verschwinden aus dem Fragenkatalog und dem Leitfaden; deine Geschichten, aufgenommenen Antworten und Bewertungen bleiben, und fügst du das Paket wieder hinzu, kommen seine Fragen zurück.</translation>
    </message>
    <message>
        <source>The pack was not removed: %1</source>
        <translation>Das Paket wurde nicht entfernt: %1</translation>
    </message>
    <message>
        <source>Pack removed. Your stories and answers are kept.</source>
        <translation>Paket entfernt. Deine Geschichten und Antworten bleiben erhalten.</translation>
    </message>
    <message>
        <source>The pack could not be added back: %1</source>
        <translation>Das Paket konnte nicht wieder hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Pack added back with its questions.</source>
        <translation>Paket mit seinen Fragen wieder hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::PracticePanel</name>
    <message>
        <source>Introduction</source>
        <translation>Vorstellung</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Verhaltensfragen</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technik</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Systemdesign</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programmieren</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Interview type</source>
        <translation>Interviewart</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Gemischt</translation>
    </message>
    <message>
        <source>Tell me about yourself</source>
        <translation>Erzählen Sie etwas über sich</translation>
    </message>
    <message>
        <source>Question to practise, next up first</source>
        <translation>Frage zum Üben, nächste zuerst</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Kameravorschau</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonpegel</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Retake (Ctrl+R)</source>
        <translation>Wiederholen (Strg+R)</translation>
    </message>
    <message>
        <source>Next question (Ctrl+N)</source>
        <translation>Nächste Frage (Strg+N)</translation>
    </message>
    <message>
        <source>Mock interview (%1 questions)</source>
        <translation>Probeinterview (%1 Fragen)</translation>
    </message>
    <message>
        <source>Sound only: the camera is switched off in Settings.</source>
        <translation>Nur Ton: Die Kamera ist in den Einstellungen ausgeschaltet.</translation>
    </message>
    <message>
        <source>No camera found: answers will be recorded as sound only.</source>
        <translation>Keine Kamera gefunden: Antworten werden nur mit Ton aufgenommen.</translation>
    </message>
    <message>
        <source>No questions to practise yet. Import a pack with File › Import Pack…</source>
        <translation>Noch keine Fragen zum Üben. Importiere ein Paket mit Datei › Paket importieren…</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <source>Your story: %1</source>
        <translation>Deine Geschichte: %1</translation>
    </message>
    <message>
        <source>There is no question to practise. Import a pack or add your own questions.</source>
        <translation>Es gibt keine Frage zum Üben. Importiere ein Paket oder füge eigene Fragen hinzu.</translation>
    </message>
    <message>
        <source>Discard this answer?</source>
        <translation>Diese Antwort verwerfen?</translation>
    </message>
    <message>
        <source>The recording so far will be deleted.</source>
        <translation>Die bisherige Aufnahme wird gelöscht.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Abgebrochen. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Settings can be changed between answers.</source>
        <translation>Einstellungen lassen sich zwischen den Antworten ändern.</translation>
    </message>
    <message>
        <source>Start preparing (Ctrl+Return)</source>
        <translation>Vorbereitung starten (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Ready when you are.</source>
        <translation>Bereit, wenn du es bist.</translation>
    </message>
    <message>
        <source>Record now (Ctrl+Return)</source>
        <translation>Jetzt aufnehmen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Prepare your answer. Recording starts by itself when the time is up.</source>
        <translation>Bereite deine Antwort vor. Die Aufnahme startet von selbst, wenn die Zeit um ist.</translation>
    </message>
    <message>
        <source>Stop (Ctrl+Return)</source>
        <translation>Stopp (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Aufnahme</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Aufnahme wird gespeichert…</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Return)</source>
        <translation>Nächste Frage (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Practise the next question (Ctrl+Return)</source>
        <translation>Nächste Frage üben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Saved: %1 answer.</source>
        <translation>Gespeichert: %1 lange Antwort.</translation>
    </message>
    <message>
        <source>The time limit stopped it.</source>
        <translation>Das Zeitlimit hat sie beendet.</translation>
    </message>
    <message>
        <source>Ctrl+Return for the next question, Ctrl+R to retake.</source>
        <translation>Strg+Eingabe für die nächste Frage, Strg+R zum Wiederholen.</translation>
    </message>
    <message>
        <source>Ctrl+R to retake, Ctrl+Return for another question.</source>
        <translation>Strg+R zum Wiederholen, Strg+Eingabe für eine andere Frage.</translation>
    </message>
    <message>
        <source>● Recording — less than %1 seconds left</source>
        <translation>● Aufnahme – noch weniger als %1 Sekunden</translation>
    </message>
    <message>
        <source>Score it (Ctrl+E)</source>
        <translation>Bewerten (Strg+E)</translation>
    </message>
    <message>
        <source>Replay this answer in History and score it against the rubric</source>
        <translation>Diese Antwort im Verlauf abspielen und nach dem Bewertungsschema bewerten</translation>
    </message>
    <message>
        <source>Your stage: %1</source>
        <translation>Deine Phase: %1</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>%1, week of %2: %3 from %4 scores</source>
        <translation>%1, Woche vom %2: %3 aus %4 Bewertungen</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Answer length</source>
        <translation>Antwortlänge</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <source>Answer, oldest first</source>
        <translation>Antwort, älteste zuerst</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Zeitlimit</translation>
    </message>
    <message>
        <source>Average overall score</source>
        <translation>Durchschnittliche Gesamtbewertung</translation>
    </message>
    <message>
        <source>%1 of %2 practised</source>
        <translation>%1 von %2 geübt</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>Durchschnitt %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 of %4 questions practised</source>
        <translation>%1 (%2)
%3 von %4 Fragen geübt</translation>
    </message>
    <message>
        <source>Average overall score %1 from %2 scored answers</source>
        <translation>Durchschnittliche Gesamtbewertung %1 aus %2 bewerteten Antworten</translation>
    </message>
    <message>
        <source>No scored answers yet</source>
        <translation>Noch keine bewerteten Antworten</translation>
    </message>
    <message>
        <source>No overall scores yet: give your answers one in History (Ctrl+5).</source>
        <translation>Noch keine Gesamtbewertungen: Vergib sie im Verlauf (Strg+5).</translation>
    </message>
    <message>
        <source>No answers yet. Record one in Practice (Ctrl+4), score it in History (Ctrl+5), and your progress appears here.</source>
        <translation>Noch keine Antworten. Nimm eine unter Üben auf (Strg+4), bewerte sie im Verlauf (Strg+5), dann erscheint hier dein Fortschritt.</translation>
    </message>
    <message>
        <source>Average score per criterion, by week</source>
        <translation>Durchschnittliche Bewertung je Kriterium, pro Woche</translation>
    </message>
    <message>
        <source>No scores yet. Open an answer in History (Ctrl+5) and score it against the rubric: your average for each criterion appears here, week by week.</source>
        <translation>Noch keine Bewertungen. Öffne eine Antwort im Verlauf (Strg+5) und bewerte sie nach dem Bewertungsschema: Dein Durchschnitt je Kriterium erscheint hier, Woche für Woche.</translation>
    </message>
    <message>
        <source>Answers per week</source>
        <translation>Antworten pro Woche</translation>
    </message>
    <message>
        <source>Answer length against the time limit</source>
        <translation>Antwortlänge im Vergleich zum Zeitlimit</translation>
    </message>
    <message>
        <source>Qualities: questions practised and average score</source>
        <translation>Eigenschaften: geübte Fragen und durchschnittliche Bewertung</translation>
    </message>
    <message>
        <source>No qualities to cover. Import a company pack with File › Import Pack… (Ctrl+O) to see how well your practice covers what that company looks for.</source>
        <translation>Keine Eigenschaften abzudecken. Importiere ein Unternehmenspaket mit Datei › Paket importieren… (Strg+O), um zu sehen, wie gut dein Üben abdeckt, worauf dieses Unternehmen achtet.</translation>
    </message>
    <message>
        <source>Answers recorded: %1 · This week: %2</source>
        <translation>Aufgenommene Antworten: %1 · Diese Woche: %2</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::QuestionDialog</name>
    <message>
        <source>Question from a Pack</source>
        <translation>Frage aus einem Paket</translation>
    </message>
    <message>
        <source>New Question</source>
        <translation>Neue Frage</translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Qualities it probes</source>
        <translation>Geprüfte Eigenschaften</translation>
    </message>
    <message>
        <source>Words separated by spaces, e.g. hard warm-up</source>
        <translation>Wörter durch Leerzeichen getrennt, z. B. schwer aufwärmen</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategorie:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Phase:</translation>
    </message>
    <message>
        <source>&amp;Qualities it probes:</source>
        <translation>&amp;Geprüfte Eigenschaften:</translation>
    </message>
    <message>
        <source>&amp;Your tags:</source>
        <translation>&amp;Deine Tags:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>T&amp;ip:</source>
        <translation>T&amp;ipp:</translation>
    </message>
    <message>
        <source>&amp;Why it is asked:</source>
        <translation>&amp;Warum sie gestellt wird:</translation>
    </message>
    <message>
        <source>This question comes from a pack and is read only; you can add your own tags. To change it, copy it into your own questions.</source>
        <translation>Diese Frage stammt aus einem Paket und ist schreibgeschützt; du kannst eigene Tags hinzufügen. Um sie zu ändern, kopiere sie in deine eigenen Fragen.</translation>
    </message>
    <message>
        <source>Write the question first.</source>
        <translation>Schreib zuerst die Frage.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::QuestionsPanel</name>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add questions from a CSV or JSON file (Ctrl+I)</source>
        <translation>Fragen aus einer CSV- oder JSON-Datei hinzufügen (Strg+I)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Save the questions shown to a CSV or JSON file</source>
        <translation>Die angezeigten Fragen in einer CSV- oder JSON-Datei speichern</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Fragen durchsuchen</translation>
    </message>
    <message>
        <source>Search questions and tags as you type (Ctrl+F)</source>
        <translation>Fragen und Tags beim Tippen durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Üben</translation>
    </message>
    <message>
        <source>Any practice</source>
        <translation>Jeder Stand</translation>
    </message>
    <message>
        <source>Never practised</source>
        <translation>Nie geübt</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>Wieder fällig</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Geübt</translation>
    </message>
    <message>
        <source>Hidden too</source>
        <translation>Ausgeblendete</translation>
    </message>
    <message>
        <source>Also list the questions you hid</source>
        <translation>Auch die Fragen auflisten, die du ausgeblendet hast</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Neu (Strg+N)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Öffnen (Eingabe)</translation>
    </message>
    <message>
        <source>Copy to mine</source>
        <translation>Zu meinen kopieren</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Löschen (Entf)</translation>
    </message>
    <message>
        <source>Practise it (Ctrl+Return)</source>
        <translation>Üben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>My own questions</source>
        <translation>Eigene Fragen</translation>
    </message>
    <message>
        <source>All packs and mine</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Phasen</translation>
    </message>
    <message>
        <source>All qualities</source>
        <translation>Alle Eigenschaften</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>wird gezählt…</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 Frage</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 Fragen</translation>
    </message>
    <message>
        <source>No question matches these filters.</source>
        <translation>Keine Frage passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No question has words starting with “%1”. Check the spelling or clear a filter.</source>
        <translation>Keine Frage enthält Wörter, die mit „%1“ beginnen. Prüfe die Schreibweise oder lösche einen Filter.</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Keine Frage</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Wieder einblenden</translation>
    </message>
    <message>
        <source>Pack questions cannot be deleted; hide them instead.</source>
        <translation>Paketfragen lassen sich nicht löschen; blende sie stattdessen aus.</translation>
    </message>
    <message>
        <source>The question was not saved: %1</source>
        <translation>Die Frage wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Question added. The filters hide it; clear them to see it.</source>
        <translation>Frage hinzugefügt. Die Filter blenden sie aus; lösche sie, um sie zu sehen.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The question was not copied: %1</source>
        <translation>Die Frage wurde nicht kopiert: %1</translation>
    </message>
    <message>
        <source>Copied into your own questions; Enter edits it.</source>
        <translation>In deine eigenen Fragen kopiert; mit der Eingabetaste bearbeitest du sie.</translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation>Frage löschen</translation>
    </message>
    <message>
        <source>Delete this question? Its recorded answers, if any, stay in History.</source>
        <translation>Diese Frage löschen? Aufgenommene Antworten darauf bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Question deleted.</source>
        <translation>Frage gelöscht.</translation>
    </message>
    <message>
        <source>Question removed from the bank. It has recorded answers, so it is kept for History.</source>
        <translation>Frage aus dem Fragenkatalog entfernt. Sie hat aufgenommene Antworten und bleibt daher für den Verlauf erhalten.</translation>
    </message>
    <message>
        <source>The question was not deleted: %1</source>
        <translation>Die Frage wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <source>Hidden: it no longer comes up in practice. Tick “Hidden too” to find it again.</source>
        <translation>Ausgeblendet: Sie kommt beim Üben nicht mehr vor. Hake „Ausgeblendete“ an, um sie wiederzufinden.</translation>
    </message>
    <message>
        <source>Shown again.</source>
        <translation>Wieder eingeblendet.</translation>
    </message>
    <message>
        <source>Import Questions</source>
        <translation>Fragen importieren</translation>
    </message>
    <message>
        <source>Questions (*.csv *.json);;All files (*)</source>
        <translation>Fragen (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Questions</source>
        <translation>Fragen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Aus %1 wurde nichts importiert: %2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Import abgebrochen; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>1 question will be added.</source>
        <translation>1 Frage wird hinzugefügt.</translation>
    </message>
    <message>
        <source>%1 questions will be added.</source>
        <translation>%1 Fragen werden hinzugefügt.</translation>
    </message>
    <message>
        <source>1 duplicate will be skipped.</source>
        <translation>1 Duplikat wird übersprungen.</translation>
    </message>
    <message>
        <source>%1 duplicates will be skipped.</source>
        <translation>%1 Duplikate werden übersprungen.</translation>
    </message>
    <message>
        <source>1 row is malformed and will be left out; see the details.</source>
        <translation>1 Zeile ist fehlerhaft und wird ausgelassen; siehe Details.</translation>
    </message>
    <message>
        <source>%1 rows are malformed and will be left out; see the details.</source>
        <translation>%1 Zeilen sind fehlerhaft und werden ausgelassen; siehe Details.</translation>
    </message>
    <message>
        <source>First to be added:
%1</source>
        <translation>Zuerst hinzugefügt:
%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing questions…</source>
        <translation>Fragen werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Added 1 question.</source>
        <translation>1 Frage hinzugefügt.</translation>
    </message>
    <message>
        <source>Added %1 questions.</source>
        <translation>%1 Fragen hinzugefügt.</translation>
    </message>
    <message>
        <source>Skipped 1 duplicate.</source>
        <translation>1 Duplikat übersprungen.</translation>
    </message>
    <message>
        <source>Skipped %1 duplicates.</source>
        <translation>%1 Duplikate übersprungen.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>Exported 1 question to %1.</source>
        <translation>1 Frage nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 questions to %2.</source>
        <translation>%1 Fragen nach %2 exportiert.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::ReviewView</name>
    <message>
        <source>Between: %1 / %2</source>
        <translation>Dazwischen: %1 / %2</translation>
    </message>
    <message>
        <source>← History (Esc)</source>
        <translation>← Verlauf (Esc)</translation>
    </message>
    <message>
        <source>Bookmark text</source>
        <translation>Text des Lesezeichens</translation>
    </message>
    <message>
        <source>What happens here? (optional)</source>
        <translation>Was passiert hier? (optional)</translation>
    </message>
    <message>
        <source>Bookmark this moment (Ctrl+B)</source>
        <translation>Lesezeichen für diesen Moment (Strg+B)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Enter or double-click jumps there; F2 edits the text; Delete removes it.</source>
        <translation>Eingabetaste oder Doppelklick springt dorthin; F2 bearbeitet den Text; Entf entfernt es.</translation>
    </message>
    <message>
        <source>Score each part from 1 to 5</source>
        <translation>Bewerte jeden Teil von 1 bis 5</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Notes for next time: what to keep, what to change.</source>
        <translation>Notizen fürs nächste Mal: was du beibehältst, was du änderst.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Your overall verdict. It decides when this question comes back.</source>
        <translation>Dein Gesamturteil. Es bestimmt, wann diese Frage wiederkommt.</translation>
    </message>
    <message>
        <source>Would not pass: start again from the STAR outline.</source>
        <translation>Würde nicht bestehen: Fang noch einmal mit der STAR-Gliederung an.</translation>
    </message>
    <message>
        <source>Acceptable, with clear gaps to close.</source>
        <translation>Akzeptabel, mit deutlichen Lücken.</translation>
    </message>
    <message>
        <source>Ready for the real interview.</source>
        <translation>Bereit für das echte Interview.</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, Bewertung %2</translation>
    </message>
    <message>
        <source>(This question was removed.)</source>
        <translation>(Diese Frage wurde entfernt.)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <translation>Tipp: %1</translation>
    </message>
    <message>
        <source>The recording %1 is missing. Its scores and notes are still here.</source>
        <translation>Die Aufnahme %1 fehlt. Ihre Bewertungen und Notizen sind noch da.</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>Die Bewertung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Score the parts above, then give an overall score.</source>
        <translation>Bewerte die Teile oben und vergib dann eine Gesamtbewertung.</translation>
    </message>
    <message>
        <source>Average of the parts: %1</source>
        <translation>Durchschnitt der Teile: %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1. They are still in the box; try again.</source>
        <translation>Die Notizen konnten nicht gespeichert werden: %1. Sie stehen noch im Feld; versuche es erneut.</translation>
    </message>
    <message>
        <source>The bookmark could not be saved: %1</source>
        <translation>Das Lesezeichen konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Bei %1</translation>
    </message>
    <message>
        <source>No bookmarks yet. Pause at a moment worth keeping and press Ctrl+B.</source>
        <translation>Noch keine Lesezeichen. Halte an einer sehenswerten Stelle an und drück Strg+B.</translation>
    </message>
    <message>
        <source>The bookmark could not be removed: %1</source>
        <translation>Das Lesezeichen konnte nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::RubricDialog</name>
    <message>
        <source>Scoring Rubric</source>
        <translation>Bewertungsschema</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; untick a criterion to stop scoring it (its earlier scores stay). Changes apply to reviews from now on.</source>
        <translation>Doppelklicke auf eine Zelle, um sie zu ändern; entferne den Haken bei einem Kriterium, um es nicht mehr zu bewerten (frühere Bewertungen bleiben). Änderungen gelten für alle künftigen Auswertungen.</translation>
    </message>
    <message>
        <source>Rubric criteria</source>
        <translation>Kriterien des Bewertungsschemas</translation>
    </message>
    <message>
        <source>&amp;Add a Criterion…</source>
        <translation>Kriterium &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>Die Änderung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Add a Criterion</source>
        <translation>Kriterium hinzufügen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SettingsDialog</name>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (nicht angeschlossen)</translation>
    </message>
    <message>
        <source>No camera — record sound only</source>
        <translation>Keine Kamera – nur Ton aufnehmen</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>Kein Mikrofon gefunden</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::ShortcutsDialog</name>
    <message>
        <source>Show the interview guide</source>
        <translation>Interview-Leitfaden zeigen</translation>
    </message>
    <message>
        <source>Show the question bank</source>
        <translation>Fragenkatalog zeigen</translation>
    </message>
    <message>
        <source>Show your STAR stories</source>
        <translation>Deine STAR-Geschichten zeigen</translation>
    </message>
    <message>
        <source>Show practice</source>
        <translation>Üben zeigen</translation>
    </message>
    <message>
        <source>Show the history of attempts</source>
        <translation>Verlauf der Versuche zeigen</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Fortschritt zeigen</translation>
    </message>
    <message>
        <source>Practice: start preparing, record now, stop recording</source>
        <translation>Üben: Vorbereitung starten, jetzt aufnehmen, Aufnahme beenden</translation>
    </message>
    <message>
        <source>Practice: cancel the current attempt</source>
        <translation>Üben: aktuellen Versuch abbrechen</translation>
    </message>
    <message>
        <source>Practice: retake the same question</source>
        <translation>Üben: dieselbe Frage wiederholen</translation>
    </message>
    <message>
        <source>Practice: next question</source>
        <translation>Üben: nächste Frage</translation>
    </message>
    <message>
        <source>Import a pack</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Diese Liste zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Practice: score the answer just recorded</source>
        <translation>Üben: gerade aufgenommene Antwort bewerten</translation>
    </message>
    <message>
        <source>Stories: new story</source>
        <translation>Geschichten: neue Geschichte</translation>
    </message>
    <message>
        <source>Stories: save now (stories also save as you type)</source>
        <translation>Geschichten: jetzt speichern (Geschichten speichern sich auch beim Tippen)</translation>
    </message>
    <message>
        <source>Stories: previous story</source>
        <translation>Geschichten: vorherige Geschichte</translation>
    </message>
    <message>
        <source>Stories: next story</source>
        <translation>Geschichten: nächste Geschichte</translation>
    </message>
    <message>
        <source>Stories: find a question to link</source>
        <translation>Geschichten: Frage zum Verknüpfen suchen</translation>
    </message>
    <message>
        <source>Stories: coverage of the qualities</source>
        <translation>Geschichten: Abdeckung der Eigenschaften</translation>
    </message>
    <message>
        <source>Stories: back to writing</source>
        <translation>Geschichten: zurück zum Schreiben</translation>
    </message>
    <message>
        <source>Stories: export as Markdown</source>
        <translation>Geschichten: als Markdown exportieren</translation>
    </message>
    <message>
        <source>Stories: export as PDF</source>
        <translation>Geschichten: als PDF exportieren</translation>
    </message>
    <message>
        <source>Stories: import stories from Markdown</source>
        <translation>Geschichten: Geschichten aus Markdown importieren</translation>
    </message>
    <message>
        <source>Questions and History: search</source>
        <translation>Fragen und Verlauf: suchen</translation>
    </message>
    <message>
        <source>Questions and Stories: from the search box into the results</source>
        <translation>Fragen und Geschichten: vom Suchfeld in die Ergebnisse</translation>
    </message>
    <message>
        <source>Questions: write a new question</source>
        <translation>Fragen: neue Frage schreiben</translation>
    </message>
    <message>
        <source>Questions: open or edit the selected question</source>
        <translation>Fragen: ausgewählte Frage öffnen oder bearbeiten</translation>
    </message>
    <message>
        <source>Questions: practise the selected question</source>
        <translation>Fragen: ausgewählte Frage üben</translation>
    </message>
    <message>
        <source>Questions: import a CSV or JSON file</source>
        <translation>Fragen: CSV- oder JSON-Datei importieren</translation>
    </message>
    <message>
        <source>Questions: delete your selected question (asks first)</source>
        <translation>Fragen: ausgewählte eigene Frage löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>History: replay and score the selected answer</source>
        <translation>Verlauf: ausgewählte Antwort abspielen und bewerten</translation>
    </message>
    <message>
        <source>History: compare the two selected answers</source>
        <translation>Verlauf: die beiden ausgewählten Antworten vergleichen</translation>
    </message>
    <message>
        <source>History: delete the selected answers (asks first)</source>
        <translation>Verlauf: ausgewählte Antworten löschen (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Replay: play or pause</source>
        <translation>Wiedergabe: abspielen oder pausieren</translation>
    </message>
    <message>
        <source>Replay: back five seconds</source>
        <translation>Wiedergabe: fünf Sekunden zurück</translation>
    </message>
    <message>
        <source>Replay: forward five seconds</source>
        <translation>Wiedergabe: fünf Sekunden vor</translation>
    </message>
    <message>
        <source>Replay: bookmark the current moment</source>
        <translation>Wiedergabe: Lesezeichen für den aktuellen Moment</translation>
    </message>
    <message>
        <source>Compare: both answers from the start</source>
        <translation>Vergleich: beide Antworten von vorn</translation>
    </message>
    <message>
        <source>Replay and compare: back to the list</source>
        <translation>Wiedergabe und Vergleich: zurück zur Liste</translation>
    </message>
    <message>
        <source>My interview: company, date and stage</source>
        <translation>Mein Interview: Unternehmen, Termin und Phase</translation>
    </message>
    <message>
        <source>Manage packs</source>
        <translation>Pakete verwalten</translation>
    </message>
    <message>
        <source>Settings: practice times, camera, microphone and language</source>
        <translation>Einstellungen: Übungszeiten, Kamera, Mikrofon und Sprache</translation>
    </message>
    <message>
        <source>Replay, on the speech timeline: the previous pause, filler or speech</source>
        <translation>Wiedergabe, auf der Zeitleiste des Sprechens: die vorige Pause, das vorige Füllwort oder Sprechen</translation>
    </message>
    <message>
        <source>Replay, on the speech timeline: the next pause, filler or speech</source>
        <translation>Wiedergabe, auf der Zeitleiste des Sprechens: die nächste Pause, das nächste Füllwort oder Sprechen</translation>
    </message>
    <message>
        <source>Replay, on the speech timeline: jump to the chosen mark</source>
        <translation>Wiedergabe, auf der Zeitleiste des Sprechens: zur gewählten Marke springen</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechAnalysisQueue</name>
    <message>
        <source>Analysing speech: %1%</source>
        <translation>Sprechweise wird analysiert: %1 %</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n weitere wartet)</numerusform>
            <numerusform>(%n weitere warten)</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording %1 is missing.</source>
        <translation>Die Aufnahme %1 fehlt.</translation>
    </message>
    <message>
        <source>The analysis ended without a result.</source>
        <translation>Die Analyse endete ohne Ergebnis.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechFeedbackView</name>
    <message>
        <source>Speech</source>
        <translation>Sprechweise</translation>
    </message>
    <message>
        <source>Speech analysis progress</source>
        <translation>Fortschritt der Sprachanalyse</translation>
    </message>
    <message>
        <source>Show or hide the words as the recogniser heard them; click a word to jump there.</source>
        <translation>Die Wörter ein- oder ausblenden, wie die Erkennung sie gehört hat; klicke auf ein Wort, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>Measuring the speech in this answer… %1%</source>
        <translation>Die Sprechweise in dieser Antwort wird gemessen… %1 %</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Waiting: another answer is being measured first.</source>
        <translation>Warten: Zuerst wird eine andere Antwort gemessen.</translation>
    </message>
    <message>
        <source>The speech figures could not be saved: %1</source>
        <translation>Die Sprechwerte konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>The speech in this answer has not been measured yet.</source>
        <translation>Die Sprechweise in dieser Antwort wurde noch nicht gemessen.</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analysieren</translation>
    </message>
    <message>
        <source>No speech detected in this answer.</source>
        <translation>In dieser Antwort wurde keine Sprache erkannt.</translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation>Erneut analysieren</translation>
    </message>
    <message>
        <source>Measured with an older method.</source>
        <translation>Mit einer älteren Methode gemessen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Click a pause to jump to it.</source>
        <translation>Klicke auf eine Pause, um dorthin zu springen.</translation>
    </message>
    <message>
        <source>Pace and filler words need a rough transcript, and none was made when this answer was measured. Analyse it again to get one.</source>
        <translation>Tempo und Füllwörter brauchen ein grobes Transkript, und beim Messen dieser Antwort wurde keines erstellt. Analysiere sie erneut, um eines zu erhalten.</translation>
    </message>
    <message>
        <source>Pace and filler words need a rough transcript, which is not available: %1</source>
        <translation>Tempo und Füllwörter brauchen ein grobes Transkript, das nicht verfügbar ist: %1</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>(keine Wörter erkannt)</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechProgressChart</name>
    <message>
        <source>Analysed answer, oldest first</source>
        <translation>Analysierte Antwort, älteste zuerst</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>Pace, words per minute</source>
        <translation>Tempo, Wörter pro Minute</translation>
    </message>
    <message>
        <source>Filler words per minute</source>
        <translation>Füllwörter pro Minute</translation>
    </message>
    <message>
        <source>No analysed answers yet. Each answer you record is measured for pace, pauses and filler words in the background; the figures appear here and in its review in History (Ctrl+5).</source>
        <translation>Noch keine analysierten Antworten. Jede aufgenommene Antwort wird im Hintergrund auf Tempo, Pausen und Füllwörter gemessen; die Werte erscheinen hier und in ihrer Auswertung im Verlauf (Strg+5).</translation>
    </message>
    <message>
        <source>Pace and filler words need a rough transcript, and your analysed answers have none.</source>
        <translation>Tempo und Füllwörter brauchen ein grobes Transkript, und deine analysierten Antworten haben keines.</translation>
    </message>
    <message>
        <source>Words per minute</source>
        <translation>Wörter pro Minute</translation>
    </message>
    <message>
        <source>About %1–%2: easy to follow</source>
        <translation>Etwa %1–%2: gut verständlich</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Tempo</translation>
    </message>
    <message>
        <source>words per minute</source>
        <translation>Wörter pro Minute</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Pro Minute</translation>
    </message>
    <message>
        <source>Fewer than about %1 a minute</source>
        <translation>Weniger als etwa %1 pro Minute</translation>
    </message>
    <message>
        <source>Filler words</source>
        <translation>Füllwörter</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>pro Minute</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechTimeline</name>
    <message>
        <source>Speech timeline</source>
        <translation>Zeitleiste des Sprechens</translation>
    </message>
    <message>
        <source>Speech, pauses over 2.5 s and filler words. Click to jump there; Left and Right choose a mark, Enter jumps to it.</source>
        <translation>Sprechen, Pausen über 2,5 s und Füllwörter. Klicke, um dorthin zu springen; Pfeil links und rechts wählen eine Markierung, die Eingabetaste springt zu ihr.</translation>
    </message>
    <message>
        <source>Pause of %1 at %2</source>
        <translation>Pause von %1 bei %2</translation>
    </message>
    <message>
        <source>Filler &quot;%1&quot; at %2</source>
        <translation>Füllwort „%1“ bei %2</translation>
    </message>
    <message>
        <source>Speech from %1 to %2</source>
        <translation>Sprechen von %1 bis %2</translation>
    </message>
    <message>
        <source>Nothing measured</source>
        <translation>Nichts gemessen</translation>
    </message>
    <message>
        <source>%1 (mark %2 of %3)</source>
        <translation>%1 (Markierung %2 von %3)</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechTimelineLegend</name>
    <message>
        <source>The start of the answer</source>
        <translation>Der Anfang der Antwort</translation>
    </message>
    <message>
        <source>The end of the answer: its length</source>
        <translation>Das Ende der Antwort: ihre Länge</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Sprechen</translation>
    </message>
    <message>
        <source>Pause over %1</source>
        <translation>Pause über %1</translation>
    </message>
    <message>
        <source>Filler word</source>
        <translation>Füllwort</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoriesPanel</name>
    <message>
        <source>Stories</source>
        <translation>Geschichten</translation>
    </message>
    <message>
        <source>New story (Ctrl+N)</source>
        <translation>Neue Geschichte (Strg+N)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the selected story (Delete in the list); asks first</source>
        <translation>Ausgewählte Geschichte löschen (Entf in der Liste); mit Rückfrage</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Add the stories of a Markdown file exported by Rehearse (Ctrl+I)</source>
        <translation>Geschichten aus einer von Rehearse exportierten Markdown-Datei hinzufügen (Strg+I)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Save every story as Markdown (Ctrl+E) or PDF (Ctrl+Shift+E)</source>
        <translation>Alle Geschichten als Markdown (Strg+E) oder PDF (Strg+Umschalt+E) speichern</translation>
    </message>
    <message>
        <source>As Markdown… (Ctrl+E)</source>
        <translation>Als Markdown… (Strg+E)</translation>
    </message>
    <message>
        <source>As PDF… (Ctrl+Shift+E)</source>
        <translation>Als PDF… (Strg+Umschalt+E)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Write your first story&lt;/h3&gt;&lt;p&gt;Interviewers ask for examples. Prepare 6 to 8 stories from your own work, each in four parts: the &lt;b&gt;Situation&lt;/b&gt;, your &lt;b&gt;Task&lt;/b&gt;, the &lt;b&gt;Action&lt;/b&gt; you took and the &lt;b&gt;Result&lt;/b&gt;, with a number in it.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to start one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Schreib deine erste Geschichte&lt;/h3&gt;&lt;p&gt;Interviewer fragen nach Beispielen. Bereite 6 bis 8 Geschichten aus deiner eigenen Arbeit vor, jede in vier Teilen: die &lt;b&gt;Situation&lt;/b&gt;, deine &lt;b&gt;Aufgabe&lt;/b&gt;, deine &lt;b&gt;Aktion&lt;/b&gt; und das &lt;b&gt;Ergebnis&lt;/b&gt;, mit einer Zahl darin.&lt;/p&gt;&lt;p&gt;Drück &lt;b&gt;Strg+N&lt;/b&gt;, um eine zu beginnen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>Sch&amp;reiben</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>A&amp;bdeckung</translation>
    </message>
    <message>
        <source>Saved. (Stories also save by themselves as you type.)</source>
        <translation>Gespeichert. (Geschichten speichern sich auch beim Tippen von selbst.)</translation>
    </message>
    <message>
        <source>A new story could not be stored: %1</source>
        <translation>Eine neue Geschichte konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>„%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>Delete story?</source>
        <translation>Geschichte löschen?</translation>
    </message>
    <message>
        <source>Delete “%1”? Its four parts, qualities and links to questions are deleted. Answers recorded with it as a cue keep their recording.</source>
        <translation>„%1“ löschen? Ihre vier Teile, Eigenschaften und Verknüpfungen zu Fragen werden gelöscht. Antworten, die mit ihr als Stichwortkarte aufgenommen wurden, behalten ihre Aufnahme.</translation>
    </message>
    <message>
        <source>There are no stories to export yet.</source>
        <translation>Es gibt noch keine Geschichten zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Stories as PDF</source>
        <translation>Geschichten als PDF exportieren</translation>
    </message>
    <message>
        <source>Export Stories</source>
        <translation>Geschichten exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Exported 1 story to %1.</source>
        <translation>1 Geschichte nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exported %1 stories to %2.</source>
        <translation>%1 Geschichten nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Import Stories</source>
        <translation>Geschichten importieren</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Fix the file (%1) and import it again.</source>
        <translation>Korrigiere die Datei (%1) und importiere sie erneut.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoryEditor</name>
    <message>
        <source>&amp;Situation</source>
        <translation>&amp;Situation</translation>
    </message>
    <message>
        <source>&amp;Task</source>
        <translation>&amp;Aufgabe</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>A&amp;ktion</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <source>Where and when? Set the scene in two or three sentences.</source>
        <translation>Wo und wann? Beschreib die Ausgangslage in zwei, drei Sätzen.</translation>
    </message>
    <message>
        <source>What were you responsible for, or what had to be solved?</source>
        <translation>Wofür warst du verantwortlich, oder was musste gelöst werden?</translation>
    </message>
    <message>
        <source>What did you do, step by step, and why? Say “I”.</source>
        <translation>Was hast du Schritt für Schritt getan, und warum? Sag „ich“.</translation>
    </message>
    <message>
        <source>How did it end? A number, and what you learned.</source>
        <translation>Wie ging es aus? Eine Zahl, und was du gelernt hast.</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Titel der Geschichte</translation>
    </message>
    <message>
        <source>Title, e.g. “Billing outage on launch night”</source>
        <translation>Titel, z. B. „Abrechnungsausfall in der Launch-Nacht“</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is still here; Rehearse tries again when you type or leave the field.</source>
        <translation>Nicht gespeichert: %1. Dein Text ist noch da; Rehearse versucht es erneut, wenn du tippst oder das Feld verlässt.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Alle Änderungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoryGuidance</name>
    <message>
        <source>Speaking pace in words a minute</source>
        <translation>Sprechtempo in Wörtern pro Minute</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>How fast you speak. 140 is a calm interview pace; time yourself reading a story aloud to find yours. For Chinese or Japanese, count characters.</source>
        <translation>Wie schnell du sprichst. 140 ist ein ruhiges Interviewtempo; lies eine Geschichte laut vor und miss die Zeit, um deins zu finden. Bei Chinesisch oder Japanisch zähle Schriftzeichen.</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Tempo:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Sprechzeit</translation>
    </message>
    <message>
        <source>Words per part</source>
        <translation>Wörter je Teil</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 over the limit: cut until it fits.</source>
        <translation>%1 über dem Limit: Kürze, bis es passt.</translation>
    </message>
    <message>
        <source>Estimated from the words as you type.</source>
        <translation>Beim Tippen aus den Wörtern geschätzt.</translation>
    </message>
    <message>
        <source>%1 to spare.</source>
        <translation>%1 Reserve.</translation>
    </message>
    <message>
        <source>Green band: the share interviewers expect. Judged from %1 words on.</source>
        <translation>Grüner Bereich: der Anteil, den Interviewer erwarten. Bewertet ab %1 Wörtern.</translation>
    </message>
    <message>
        <source>Green band: the share interviewers expect.</source>
        <translation>Grüner Bereich: der Anteil, den Interviewer erwarten.</translation>
    </message>
    <message>
        <source>✓ Nothing to fix: the parts are balanced, the result has a number, and it fits the time.</source>
        <translation>✓ Nichts zu verbessern: Die Teile sind ausgewogen, das Ergebnis enthält eine Zahl, und es passt in die Zeit.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoryLinks</name>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Questions this story answers</source>
        <translation>Fragen, die diese Geschichte beantwortet</translation>
    </message>
    <message>
        <source>Practice shows the story as a cue card for these questions. Delete unlinks one.</source>
        <translation>Beim Üben erscheint die Geschichte bei diesen Fragen als Stichwortkarte. Entf löst eine Verknüpfung.</translation>
    </message>
    <message>
        <source>Unlink the selected question (Delete)</source>
        <translation>Verknüpfung zur ausgewählten Frage lösen (Entf)</translation>
    </message>
    <message>
        <source>Find a question to link</source>
        <translation>Frage zum Verknüpfen suchen</translation>
    </message>
    <message>
        <source>Find a question to link (Ctrl+L), then Enter</source>
        <translation>Frage zum Verknüpfen suchen (Strg+L), dann Eingabetaste</translation>
    </message>
    <message>
        <source>Questions to link</source>
        <translation>Fragen zum Verknüpfen</translation>
    </message>
    <message>
        <source>Link the selected question to this story (Enter)</source>
        <translation>Ausgewählte Frage mit dieser Geschichte verknüpfen (Eingabe)</translation>
    </message>
    <message>
        <source>None yet. Link the questions this story answers: Practice then shows it as a cue card.</source>
        <translation>Noch keine. Verknüpfe die Fragen, die diese Geschichte beantwortet: Beim Üben erscheint sie dann als Stichwortkarte.</translation>
    </message>
    <message>
        <source>Q&amp;uestions it answers</source>
        <translation>&amp;Fragen, die sie beantwortet</translation>
    </message>
    <message>
        <source>Q&amp;uestions it answers (%1)</source>
        <translation>&amp;Fragen, die sie beantwortet (%1)</translation>
    </message>
    <message>
        <source>The question could not be linked: %1</source>
        <translation>Die Frage konnte nicht verknüpft werden: %1</translation>
    </message>
    <message>
        <source>The question could not be unlinked: %1</source>
        <translation>Die Verknüpfung zur Frage konnte nicht gelöst werden: %1</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoryQualities</name>
    <message>
        <source>Qualities this story shows</source>
        <translation>Eigenschaften, die diese Geschichte zeigt</translation>
    </message>
    <message>
        <source>Tick each quality the story is good evidence of. Space ticks the selected one.</source>
        <translation>Hake jede Eigenschaft an, für die die Geschichte ein guter Beleg ist. Die Leertaste hakt die ausgewählte an.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, aus %2</translation>
    </message>
    <message>
        <source>No pack is installed yet: import one with File › Import Pack…</source>
        <translation>Noch kein Paket installiert: Importiere eines mit Datei › Paket importieren…</translation>
    </message>
    <message>
        <source>The quality could not be saved: %1</source>
        <translation>Die Eigenschaft konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Qualities it shows</source>
        <translation>E&amp;igenschaften, die sie zeigt</translation>
    </message>
    <message>
        <source>&amp;Qualities it shows (%1)</source>
        <translation>E&amp;igenschaften, die sie zeigt (%1)</translation>
    </message>
</context>
</TS>
