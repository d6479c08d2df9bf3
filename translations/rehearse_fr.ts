<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rehearse</source>
        <translation>À propos de Rehearse</translation>
    </message>
    <message>
        <source>&lt;li&gt;PocketSphinx and SphinxBase — BSD-2-Clause, for the rough transcript&lt;/li&gt;</source>
        <translation>&lt;li&gt;PocketSphinx et SphinxBase — BSD-2-Clause, pour la transcription approximative&lt;/li&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rehearse %1&lt;/h3&gt;&lt;p&gt;Practise job interviews on camera, offline and private. Nothing you record or write leaves this computer.&lt;/p&gt;&lt;p&gt;Your data: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later. You may share and change Rehearse under its terms; it comes with no warranty.&lt;/p&gt;&lt;p&gt;Built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %4 — LGPL-3.0; Qt Charts GPL-3.0&lt;/li&gt;&lt;li&gt;SQLite — public domain, through Qt SQL&lt;/li&gt;&lt;li&gt;GStreamer and GLib — LGPL-2.1 or later, for recording and playback&lt;/li&gt;%5&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Rehearse %1&lt;/h3&gt;&lt;p&gt;Entraînez-vous aux entretiens d’embauche face à la caméra, hors ligne et en toute confidentialité. Rien de ce que vous enregistrez ou écrivez ne quitte cet ordinateur.&lt;/p&gt;&lt;p&gt;Vos données&#xa0;: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Licence&#xa0;: GNU General Public License, version 3 ou ultérieure. Vous pouvez partager et modifier Rehearse selon ses termes&#x202f;; il est fourni sans aucune garantie.&lt;/p&gt;&lt;p&gt;Réalisé avec&#xa0;:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %4 — LGPL-3.0&#x202f;; Qt Charts GPL-3.0&lt;/li&gt;&lt;li&gt;SQLite — domaine public, via Qt SQL&lt;/li&gt;&lt;li&gt;GStreamer et GLib — LGPL-2.1 ou ultérieure, pour l’enregistrement et la lecture&lt;/li&gt;%5&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>AttemptRecovery</name>
    <message>
        <source>An answer cut off when Rehearse last stopped was recovered; it is in History.</source>
        <translation>Une réponse interrompue lors du dernier arrêt de Rehearse a été récupérée&#x202f;; elle se trouve dans l’Historique.</translation>
    </message>
    <message>
        <source>%1 answers cut off when Rehearse last stopped were recovered; they are in History.</source>
        <translation>%1 réponses interrompues lors du dernier arrêt de Rehearse ont été récupérées&#x202f;; elles se trouvent dans l’Historique.</translation>
    </message>
    <message>
        <source>An answer cut off when Rehearse last stopped could not be recovered (%1); its file was kept as %2.</source>
        <translation>Une réponse interrompue lors du dernier arrêt de Rehearse n’a pas pu être récupérée (%1)&#x202f;; son fichier a été conservé sous le nom %2.</translation>
    </message>
    <message>
        <source>%1 answers cut off when Rehearse last stopped could not be recovered; their files were kept in the recordings folder.</source>
        <translation>%1 réponses interrompues lors du dernier arrêt de Rehearse n’ont pas pu être récupérées&#x202f;; leurs fichiers ont été conservés dans le dossier des enregistrements.</translation>
    </message>
    <message>
        <source>its file is missing</source>
        <translation>son fichier est introuvable</translation>
    </message>
    <message>
        <source>Cut off when Rehearse stopped; not recovered: %1.</source>
        <translation>Interrompue à l’arrêt de Rehearse&#x202f;; non récupérée&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the database could not be updated</source>
        <translation>la base de données n’a pas pu être mise à jour</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Practise job interviews on camera, offline and private.</source>
        <translation>Entraînez-vous aux entretiens d’embauche face à la caméra, hors ligne et en toute confidentialité.</translation>
    </message>
    <message>
        <source>Keep the database and recordings in &lt;dir&gt; instead of the usual place.</source>
        <translation>Conserver la base de données et les enregistrements dans &lt;dir&gt; au lieu de l’emplacement habituel.</translation>
    </message>
    <message>
        <source>A pack file to offer for import.</source>
        <translation>Un fichier de pack à proposer à l’importation.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir attend un dossier.</translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation>Indiquez au plus un fichier à ouvrir.</translation>
    </message>
    <message>
        <source>Import &lt;file&gt; without opening a window, and exit: a pack (.json), or questions (.csv, or .json in the question format).</source>
        <translation>Importer &lt;file&gt; sans ouvrir de fenêtre, puis quitter&#xa0;: un pack (.json) ou des questions (.csv, ou .json au format des questions).</translation>
    </message>
</context>
<context>
    <name>DataRecovery</name>
    <message>
        <source>%1 There is no backup to restore. Start Rehearse with its window to keep the damaged file aside and start with an empty database.</source>
        <translation>%1 Il n’y a aucune sauvegarde à restaurer. Lancez Rehearse avec sa fenêtre pour mettre de côté le fichier endommagé et repartir d’une base de données vide.</translation>
    </message>
    <message>
        <source>%1 Start Rehearse with its window to restore the backup from %2 (%3).</source>
        <translation>%1 Lancez Rehearse avec sa fenêtre pour restaurer la sauvegarde du %2 (%3).</translation>
    </message>
    <message>
        <source>Your data is damaged</source>
        <translation>Vos données sont endommagées</translation>
    </message>
    <message>
        <source>To restore or start empty, Rehearse first renames the damaged file, unchanged, to %1. Quit leaves everything as it is.</source>
        <translation>Pour restaurer ou repartir de zéro, Rehearse renomme d’abord le fichier endommagé, sans le modifier, en %1. Quitter laisse tout en l’état.</translation>
    </message>
    <message>
        <source>The damaged file was kept as %1.</source>
        <translation>Le fichier endommagé a été conservé sous le nom %1.</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Restaurer la sauvegarde du %1</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Repartir d’une base de données vide</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Rehearse cannot open your data</source>
        <translation>Rehearse ne peut pas ouvrir vos données</translation>
    </message>
    <message>
        <source>The damaged file could not be kept aside (%1). Nothing was changed.</source>
        <translation>Le fichier endommagé n’a pas pu être mis de côté (%1). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The backup from %1 could not be restored (%2). The damaged file was kept as %3.</source>
        <translation>La sauvegarde du %1 n’a pas pu être restaurée (%2). Le fichier endommagé a été conservé sous le nom %3.</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Rehearse restored your data as it was on %1. The damaged file, with anything you did after that, is kept as %2.</source>
        <translation>Rehearse a restauré vos données telles qu’elles étaient le %1. Le fichier endommagé, avec tout ce que vous avez fait depuis, est conservé sous le nom %2.</translation>
    </message>
</context>
<context>
    <name>FreeSpace</name>
    <message>
        <source>Only %1 is free on the disk that holds your recordings (%2). If it fills up during an answer, the recording stops there and what was recorded is kept. Free some space to be safe.</source>
        <translation>Il ne reste que %1 d’espace libre sur le disque qui contient vos enregistrements (%2). S’il se remplit pendant une réponse, l’enregistrement s’arrête là et ce qui a été enregistré est conservé. Libérez de l’espace par précaution.</translation>
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
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Import Pack…</source>
        <translation>&amp;Importer un pack…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Rehearse</source>
        <translation>À &amp;propos de Rehearse</translation>
    </message>
    <message>
        <source>&amp;My Interview…</source>
        <translation>&amp;Mon entretien…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Manage &amp;Packs…</source>
        <translation>&amp;Gérer les packs…</translation>
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
        <translation>ce n’est pas un fichier WebM</translation>
    </message>
    <message>
        <source>it holds no recording</source>
        <translation>il ne contient aucun enregistrement</translation>
    </message>
    <message>
        <source>it holds no recorded sound or picture</source>
        <translation>il ne contient ni son ni image enregistrés</translation>
    </message>
    <message>
        <source>it holds no tracks</source>
        <translation>il ne contient aucune piste</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>its header has no room for the duration</source>
        <translation>son en-tête n’a pas de place pour la durée</translation>
    </message>
    <message>
        <source>it still does not end cleanly</source>
        <translation>il ne se termine toujours pas correctement</translation>
    </message>
</context>
<context>
    <name>PackReader</name>
    <message>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>required field is missing</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>attendu&#xa0;: une chaîne&#x202f;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1, found %2</source>
        <translation>attendu&#xa0;: un nombre entier d’au moins %1&#x202f;; trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>attendu&#xa0;: un tableau&#x202f;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>attendu&#xa0;: un objet&#x202f;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; may hold only a-z, 0-9 and -</source>
        <translation>«&#xa0;%1&#xa0;» ne peut contenir que a-z, 0-9 et -</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>identifiant «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>file is %1 bytes; a pack may be at most %2 bytes (5 MB)</source>
        <translation>le fichier fait %1 octets&#x202f;; un pack peut faire au plus %2 octets (5&#xa0;Mo)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>file is larger than 5 MB</source>
        <translation>le fichier dépasse 5&#xa0;Mo</translation>
    </message>
    <message>
        <source>file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at byte %2</source>
        <translation>JSON non valide&#xa0;: %1 à l’octet %2</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation>un objet JSON était attendu au premier niveau</translation>
    </message>
    <message>
        <source>no &quot;format&quot; field; this is not a Rehearse pack</source>
        <translation>pas de champ «&#xa0;format&#xa0;»&#x202f;; ce n’est pas un pack Rehearse</translation>
    </message>
    <message>
        <source>unsupported format %1; this version of Rehearse reads format %2</source>
        <translation>format %1 non pris en charge&#x202f;; cette version de Rehearse lit le format %2</translation>
    </message>
    <message>
        <source>minWeeks (%1) is more than maxWeeks (%2)</source>
        <translation>minWeeks (%1) est supérieur à maxWeeks (%2)</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot;; expected one of %2</source>
        <translation>catégorie inconnue «&#xa0;%1&#xa0;»&#x202f;; valeurs possibles&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown stage &quot;%1&quot;</source>
        <translation>étape inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>unknown quality &quot;%1&quot;</source>
        <translation>qualité inconnue «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The attempt no longer exists.</source>
        <translation>L’essai n’existe plus.</translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation>%1 existe mais n’est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The folder %1 is not writable: %2.</source>
        <translation>Le dossier %1 n’est pas accessible en écriture&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 is not a readable Rehearse database (%2). It was left as it is.</source>
        <translation>%1 n’est pas une base de données Rehearse lisible (%2). Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rehearse (data version %2; this version reads up to %3). Nothing was changed. Update Rehearse to open it.</source>
        <translation>%1 a été écrit par une version plus récente de Rehearse (version des données %2&#x202f;; cette version lit jusqu’à la version %3). Rien n’a été modifié. Mettez Rehearse à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot copy the database aside before upgrading it (%1). Nothing was changed.</source>
        <translation>Impossible de copier la base de données avant sa mise à niveau (%1). Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed (%2). It was left at version %3.</source>
        <translation>La mise à niveau de la base de données vers la version %1 a échoué (%2). Elle est restée en version %3.</translation>
    </message>
    <message>
        <source>Added pack &quot;%1&quot; (version %2): </source>
        <translation>Pack «&#xa0;%1&#xa0;» ajouté (version %2)&#xa0;: </translation>
    </message>
    <message>
        <source>Pack &quot;%1&quot; (version %2) was already installed; refreshed its content: </source>
        <translation>Le pack «&#xa0;%1&#xa0;» (version %2) était déjà installé&#x202f;; son contenu a été actualisé&#xa0;: </translation>
    </message>
    <message>
        <source>Updated pack &quot;%1&quot; from version %2 to %3: </source>
        <translation>Pack «&#xa0;%1&#xa0;» mis à jour de la version %2 à la version %3&#xa0;: </translation>
    </message>
    <message>
        <source>%1 stages (%2 new), %3 qualities (%4 new), %5 questions (%6 new, %7 archived), %8 checklist items.</source>
        <translation>%1 étapes (%2 nouvelles), %3 qualités (%4 nouvelles), %5 questions (%6 nouvelles, %7 archivées), %8 éléments de check-list.</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>fichier introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>file is larger than 5 MB</source>
        <translation>le fichier dépasse 5&#xa0;Mo</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The shipped pack %1 is damaged: %2</source>
        <translation>Le pack intégré %1 est endommagé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation>Impossible de commencer l’écriture dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>a newer version (%1) of this pack is already installed; this file is version %2</source>
        <translation>une version plus récente (%1) de ce pack est déjà installée&#x202f;; ce fichier est en version %2</translation>
    </message>
    <message>
        <source>The pack was not imported: %1. Nothing was changed.</source>
        <translation>Le pack n’a pas été importé&#xa0;: %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>(question removed)</source>
        <translation>(question supprimée)</translation>
    </message>
    <message>
        <source>- Recorded: %1
</source>
        <translation>- Enregistrée le %1
</translation>
    </message>
    <message>
        <source>- Length: %1 of %2
</source>
        <translation>- Durée&#xa0;: %1 sur %2
</translation>
    </message>
    <message>
        <source>- Mode: %1
</source>
        <translation>- Mode&#xa0;: %1
</translation>
    </message>
    <message>
        <source>sound only</source>
        <translation>son uniquement</translation>
    </message>
    <message>
        <source>video</source>
        <translation>vidéo</translation>
    </message>
    <message>
        <source>- Category: %1
</source>
        <translation>- Catégorie&#xa0;: %1
</translation>
    </message>
    <message>
        <source>- Qualities: %1
</source>
        <translation>- Qualités&#xa0;: %1
</translation>
    </message>
    <message>
        <source>- Overall score: %1
</source>
        <translation>- Note globale&#xa0;: %1
</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(rien)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The recording %1 is missing, so nothing was exported.</source>
        <translation>L’enregistrement %1 est introuvable, donc rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Cannot copy the recording into %1 (%2). Nothing was exported.</source>
        <translation>Impossible de copier l’enregistrement dans %1 (%2). Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Cannot write %1. Nothing was exported.</source>
        <translation>Impossible d’écrire %1. Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Nothing was exported.</source>
        <translation>Impossible d’écrire %1 (%2). Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Cannot delete %1 (%2). The attempt and its review were kept.</source>
        <translation>Impossible de supprimer %1 (%2). L’essai et sa revue ont été conservés.</translation>
    </message>
    <message>
        <source>The recording was deleted but its entry could not be removed (%1).</source>
        <translation>L’enregistrement a été supprimé, mais son entrée n’a pas pu être retirée (%1).</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot copy the database: %1</source>
        <translation>impossible de copier la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot name the copy %1</source>
        <translation>impossible de nommer la copie %1</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
        <translation>impossible de renommer %1 en %2</translation>
    </message>
    <message>
        <source>%1 still exists</source>
        <translation>%1 existe toujours</translation>
    </message>
    <message>
        <source>cannot copy %1: %2</source>
        <translation>impossible de copier %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text; save it as &quot;CSV UTF-8&quot; and try again</source>
        <translation>le fichier n’est pas du texte UTF-8&#x202f;; enregistrez-le au format «&#xa0;CSV UTF-8&#xa0;» et réessayez</translation>
    </message>
    <message>
        <source>the quoted field opened on line %1 is never closed, so the rest of the file could not be read</source>
        <translation>le champ entre guillemets ouvert à la ligne %1 n’est jamais fermé, donc le reste du fichier n’a pas pu être lu</translation>
    </message>
    <message>
        <source>text follows the closing quote of field %1; a quote inside a quoted field must be doubled</source>
        <translation>du texte suit le guillemet fermant du champ %1&#x202f;; un guillemet à l’intérieur d’un champ entre guillemets doit être doublé</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>the check found nothing it could read</source>
        <translation>la vérification n’a rien trouvé de lisible</translation>
    </message>
    <message>
        <source>%1 is not a readable Rehearse database: it is damaged (%2). It was left as it is.</source>
        <translation>%1 n’est pas une base de données Rehearse lisible&#xa0;: elle est endommagée (%2). Elle a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>cannot create the lock file %1: permission denied</source>
        <translation>impossible de créer le fichier de verrou %1&#xa0;: permission refusée</translation>
    </message>
    <message>
        <source>cannot create the lock file %1</source>
        <translation>impossible de créer le fichier de verrou %1</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>Dans %1 jours</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Demain</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>Il y a %1 jours</translation>
    </message>
    <message>
        <source>Write the question first.</source>
        <translation>Écrivez d’abord la question.</translation>
    </message>
    <message>
        <source>That pack is not installed.</source>
        <translation>Ce pack n’est pas installé.</translation>
    </message>
    <message>
        <source>(untitled story)</source>
        <translation>(histoire sans titre)</translation>
    </message>
    <message>
        <source>A question needs its text.</source>
        <translation>Une question doit avoir un texte.</translation>
    </message>
    <message>
        <source>Questions from a pack cannot be changed; copy one into your own questions first.</source>
        <translation>Une question issue d’un pack ne peut pas être modifiée&#x202f;; copiez-la d’abord dans vos propres questions.</translation>
    </message>
    <message>
        <source>The question no longer exists.</source>
        <translation>La question n’existe plus.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Questions from a pack cannot be deleted; hide them instead.</source>
        <translation>Les questions d’un pack ne peuvent pas être supprimées&#x202f;; masquez-les plutôt.</translation>
    </message>
    <message>
        <source>the text is empty</source>
        <translation>le texte est vide</translation>
    </message>
    <message>
        <source>the text is longer than %1 characters</source>
        <translation>le texte dépasse %1 caractères</translation>
    </message>
    <message>
        <source>the text has no letters or digits</source>
        <translation>le texte ne contient ni lettre ni chiffre</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>column %1 (no name)</source>
        <translation>colonne %1 (sans nom)</translation>
    </message>
    <message>
        <source>line %1: the column &quot;%2&quot; appears twice</source>
        <translation>ligne %1&#xa0;: la colonne «&#xa0;%2&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <source>no &quot;text&quot; column: the first line must name the columns, for example text,category,stage,qualities,tags,tip,why</source>
        <translation>pas de colonne «&#xa0;text&#xa0;»&#xa0;: la première ligne doit nommer les colonnes, par exemple text,category,stage,qualities,tags,tip,why</translation>
    </message>
    <message>
        <source>ignored the unknown columns %1</source>
        <translation>colonnes inconnues ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <source>found %1 fields where the header has %2; a field with a comma must be in double quotes</source>
        <translation>%1 champs trouvés alors que l’en-tête en compte %2&#x202f;; un champ qui contient une virgule doit être entre guillemets doubles</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at character %2</source>
        <translation>JSON non valide&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>this is an interview pack, not a question file; import it as a pack</source>
        <translation>il s’agit d’un pack d’entretien, pas d’un fichier de questions&#x202f;; importez-le comme pack</translation>
    </message>
    <message>
        <source>not a question file: &quot;format&quot; must be &quot;%1&quot;</source>
        <translation>ce n’est pas un fichier de questions&#xa0;: «&#xa0;format&#xa0;» doit valoir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>the file is version %1 of the format, written by a newer Rehearse; this version reads version %2</source>
        <translation>le fichier est en version %1 du format, écrite par une version plus récente de Rehearse&#x202f;; cette version lit la version %2</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be %1</source>
        <translation>«&#xa0;version&#xa0;» doit valoir %1</translation>
    </message>
    <message>
        <source>&quot;questions&quot; must be a list of questions</source>
        <translation>«&#xa0;questions&#xa0;» doit être une liste de questions</translation>
    </message>
    <message>
        <source>expected an object with a &quot;text&quot;</source>
        <translation>un objet avec un champ «&#xa0;text&#xa0;» était attendu</translation>
    </message>
    <message>
        <source>ignored the unknown field &quot;%1&quot;</source>
        <translation>le champ inconnu «&#xa0;%1&#xa0;» a été ignoré</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>«&#xa0;%1&#xa0;» doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>«&#xa0;%1&#xa0;» doit être une chaîne</translation>
    </message>
    <message>
        <source>no installed pack has the stage &quot;%1&quot;; the question is added without a stage</source>
        <translation>aucun pack installé n’a l’étape «&#xa0;%1&#xa0;»&#x202f;; la question est ajoutée sans étape</translation>
    </message>
    <message>
        <source>no installed pack has the quality &quot;%1&quot;; the question is added without it</source>
        <translation>aucun pack installé n’a la qualité «&#xa0;%1&#xa0;»&#x202f;; la question est ajoutée sans elle</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown kind of file: questions are read from .csv and .json files</source>
        <translation>type de fichier inconnu&#xa0;: les questions se lisent depuis des fichiers .csv et .json</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>the file is larger than %1 MB</source>
        <translation>le fichier dépasse %1&#xa0;Mo</translation>
    </message>
    <message>
        <source>cannot compare with the questions you have: %1</source>
        <translation>impossible de comparer avec vos questions existantes&#xa0;: %1</translation>
    </message>
    <message>
        <source>The questions were not imported: %1. Nothing was changed.</source>
        <translation>Les questions n’ont pas été importées&#xa0;: %1. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Cannot read the questions (%1). Nothing was exported.</source>
        <translation>Impossible de lire les questions (%1). Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>A criterion needs a name.</source>
        <translation>Un critère doit avoir un nom.</translation>
    </message>
    <message>
        <source>The story no longer exists.</source>
        <translation>L’histoire n’existe plus.</translation>
    </message>
</context>
<context>
    <name>RecordingRepair</name>
    <message>
        <source>an unknown GStreamer error</source>
        <translation>une erreur GStreamer inconnue</translation>
    </message>
    <message>
        <source>GStreamer&apos;s Matroska elements are missing (install gstreamer1.0-plugins-good)</source>
        <translation>les éléments Matroska de GStreamer sont absents (installez gstreamer1.0-plugins-good)</translation>
    </message>
    <message>
        <source>the repair took longer than %1 s</source>
        <translation>la réparation a pris plus de %1&#xa0;s</translation>
    </message>
    <message>
        <source>there is not enough free space for a repaired copy</source>
        <translation>l’espace libre est insuffisant pour une copie réparée</translation>
    </message>
    <message>
        <source>the repaired copy did not read back whole</source>
        <translation>la copie réparée n’a pas pu être relue en entier</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>&amp;Preparation time:</source>
        <translation>Temps de &amp;préparation&#xa0;:</translation>
    </message>
    <message>
        <source>Preparation time in seconds</source>
        <translation>Temps de préparation en secondes</translation>
    </message>
    <message>
        <source> s</source>
        <translation>&#xa0;s</translation>
    </message>
    <message>
        <source>&amp;Answer time limit:</source>
        <translation>&amp;Durée maximale de réponse&#xa0;:</translation>
    </message>
    <message>
        <source>Answer time limit in seconds</source>
        <translation>Durée maximale de réponse en secondes</translation>
    </message>
    <message>
        <source>&amp;Questions in a mock interview:</source>
        <translation>&amp;Questions par entretien blanc&#xa0;:</translation>
    </message>
    <message>
        <source>Questions in a mock interview</source>
        <translation>Questions par entretien blanc</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Périphériques</translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation>&amp;Caméra&#xa0;:</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Microphone&#xa0;:</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Scoring</source>
        <translation>Notation</translation>
    </message>
    <message>
        <source>The criteria you score each answer on.</source>
        <translation>Les critères sur lesquels vous notez chaque réponse.</translation>
    </message>
    <message>
        <source>Edit the &amp;rubric…</source>
        <translation>Modifier la &amp;grille d’évaluation…</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language takes effect when Rehearse next starts.</source>
        <translation>Une nouvelle langue prend effet au prochain démarrage de Rehearse.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>SpeechAnalyzer</name>
    <message>
        <source>The recording is missing: %1 is not there.</source>
        <translation>L’enregistrement est introuvable&#xa0;: %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The recording is empty (0 bytes), so there is nothing to analyse.</source>
        <translation>L’enregistrement est vide (0&#xa0;octet)&#x202f;; il n’y a rien à analyser.</translation>
    </message>
    <message>
        <source>The recording has no sound track, so there is no speech to analyse.</source>
        <translation>L’enregistrement n’a pas de piste son&#x202f;; il n’y a donc pas de parole à analyser.</translation>
    </message>
    <message>
        <source>This system cannot decode sound (Qt Multimedia has no GStreamer backend).</source>
        <translation>Ce système ne sait pas décoder le son (Qt Multimedia n’a pas de backend GStreamer).</translation>
    </message>
    <message>
        <source>the decoder stopped responding</source>
        <translation>le décodeur ne répond plus</translation>
    </message>
    <message>
        <source>The sound of this recording could not be decoded (%1). The file is kept as it is.</source>
        <translation>Le son de cet enregistrement n’a pas pu être décodé (%1). Le fichier est conservé tel quel.</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>The speech model is not installed: install pocketsphinx-en-us.</source>
        <translation>Le modèle de parole n’est pas installé&#xa0;: installez pocketsphinx-en-us.</translation>
    </message>
    <message>
        <source>Built without PocketSphinx.</source>
        <translation>Compilé sans PocketSphinx.</translation>
    </message>
    <message>
        <source>The speech model in %1 could not be loaded.</source>
        <translation>Le modèle de parole dans %1 n’a pas pu être chargé.</translation>
    </message>
    <message>
        <source>Speech recognition could not start.</source>
        <translation>La reconnaissance vocale n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>L’analyse a été annulée.</translation>
    </message>
    <message>
        <source>No speech detected: the recording holds silence or a steady background sound only.</source>
        <translation>Aucune parole détectée&#xa0;: l’enregistrement ne contient que du silence ou un bruit de fond constant.</translation>
    </message>
</context>
<context>
    <name>SpeechReport</name>
    <message>
        <source>%1 s</source>
        <translation>%1&#xa0;s</translation>
    </message>
    <message>
        <source>Pace: %1 words per minute (about %2–%3 is easy to follow)</source>
        <translation>Débit&#xa0;: %1 mots par minute (environ %2–%3 est facile à suivre)</translation>
    </message>
    <message>
        <source>Filler words: %1 per minute (fewer than about %2)</source>
        <translation>Mots de remplissage&#xa0;: %1 par minute (moins d’environ %2)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 (à %2)</translation>
    </message>
    <message>
        <source>Pauses over %1: none</source>
        <translation>Pauses de plus de %1&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Pauses over %1: %2</source>
        <translation>Pauses de plus de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Speaking time: %1 of %2</source>
        <translation>Temps de parole&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>No speech detected in this answer.</source>
        <translation>Aucune parole détectée dans cette réponse.</translation>
    </message>
    <message>
        <source>This answer has no sound to analyse.</source>
        <translation>Cette réponse n’a pas de son à analyser.</translation>
    </message>
    <message>
        <source>The analysis was cancelled.</source>
        <translation>L’analyse a été annulée.</translation>
    </message>
    <message>
        <source>The speech analysis failed.</source>
        <translation>L’analyse de la parole a échoué.</translation>
    </message>
    <message>
        <source>The speech analysis failed: %1</source>
        <translation>L’analyse de la parole a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rough transcript (automatic, often wrong)</source>
        <translation>Transcription approximative (automatique, souvent fausse)</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>(aucun mot reconnu)</translation>
    </message>
    <message>
        <source>Filler words: none detected (the detection is rough)</source>
        <translation>Mots de remplissage&#xa0;: aucun détecté (la détection est approximative)</translation>
    </message>
    <message>
        <source>peaks too loud in %1% of the speech</source>
        <translation>pics trop forts sur %1&#xa0;% de la parole</translation>
    </message>
    <message>
        <source>no peaks too loud</source>
        <translation>aucun pic trop fort</translation>
    </message>
    <message>
        <source>Loudness: %1 dBFS average (speech usually sits around %2 to %3 dBFS); %4</source>
        <translation>Volume sonore&#xa0;: %1&#xa0;dBFS en moyenne (la parole se situe le plus souvent entre %2 et %3&#xa0;dBFS)&#x202f;; %4</translation>
    </message>
    <message>
        <source>Pace in each half-minute, from the start: %1 words per minute</source>
        <translation>Débit par demi-minute, depuis le début&#xa0;: %1 mots par minute</translation>
    </message>
</context>
<context>
    <name>SpeechRepository</name>
    <message>
        <source>A cancelled analysis is not stored.</source>
        <translation>Une analyse annulée n’est pas conservée.</translation>
    </message>
    <message>
        <source>The answer no longer exists, so its speech figures were not saved.</source>
        <translation>La réponse n’existe plus, donc ses mesures de parole n’ont pas été sauvegardées.</translation>
    </message>
</context>
<context>
    <name>StoryAnalysis</name>
    <message>
        <source>Situation + Task</source>
        <translation>Situation + Tâche</translation>
    </message>
    <message>
        <source>Start with the Situation: where and when did this happen? Then the Task, what you did (Action) and how it ended (Result).</source>
        <translation>Commencez par la Situation&#xa0;: où et quand cela s’est-il passé&#x202f;? Puis la Tâche, ce que vous avez fait (Action) et comment cela s’est terminé (Résultat).</translation>
    </message>
    <message>
        <source>The Situation is empty: say where and when, in a sentence or two.</source>
        <translation>La Situation est vide&#xa0;: dites où et quand, en une phrase ou deux.</translation>
    </message>
    <message>
        <source>The Task is empty: what were you responsible for, or what had to be solved?</source>
        <translation>La Tâche est vide&#xa0;: de quoi étiez-vous responsable, ou que fallait-il résoudre&#x202f;?</translation>
    </message>
    <message>
        <source>The Action is empty: it is the heart of the story. What did you do, step by step?</source>
        <translation>L’Action est vide&#xa0;: c’est le cœur de l’histoire. Qu’avez-vous fait, étape par étape&#x202f;?</translation>
    </message>
    <message>
        <source>The Result is empty: how did it end? Give a number if you can.</source>
        <translation>Le Résultat est vide&#xa0;: comment cela s’est-il terminé&#x202f;? Donnez un chiffre si vous le pouvez.</translation>
    </message>
    <message>
        <source>About %1 at %2 words a minute: over the %3 limit.</source>
        <translation>Environ %1 à %2 mots par minute&#xa0;: au-delà de la limite de %3.</translation>
    </message>
    <message>
        <source>Cut a word or two, starting with the Situation and Task.</source>
        <translation>Coupez un mot ou deux, en commençant par la Situation et la Tâche.</translation>
    </message>
    <message>
        <source>Cut about %1 words, starting with the Situation and Task.</source>
        <translation>Coupez environ %1 mots, en commençant par la Situation et la Tâche.</translation>
    </message>
    <message>
        <source>The Action says “we” more often than “I” (%1 to %2): make clear what you did yourself.</source>
        <translation>L’Action dit «&#xa0;nous&#xa0;» plus souvent que «&#xa0;je&#xa0;» (%1 contre %2)&#xa0;: montrez clairement ce que vous avez fait vous-même.</translation>
    </message>
    <message>
        <source>The Result has no number in it: how much, how many, how fast, how often?</source>
        <translation>Le Résultat ne contient aucun chiffre&#xa0;: combien, à quelle vitesse, à quelle fréquence&#x202f;?</translation>
    </message>
    <message>
        <source>Situation and Task take %1% of the story (aim for %2): give enough context to follow it.</source>
        <translation>La Situation et la Tâche occupent %1&#xa0;% de l’histoire (visez %2)&#xa0;: donnez assez de contexte pour qu’on puisse suivre.</translation>
    </message>
    <message>
        <source>Situation and Task take %1% of the story (aim for %2): trim the background.</source>
        <translation>La Situation et la Tâche occupent %1&#xa0;% de l’histoire (visez %2)&#xa0;: allégez le contexte.</translation>
    </message>
    <message>
        <source>The Action is %1% of the story (aim for %2): say more about what you did and why.</source>
        <translation>L’Action représente %1&#xa0;% de l’histoire (visez %2)&#xa0;: développez ce que vous avez fait et pourquoi.</translation>
    </message>
    <message>
        <source>The Action is %1% of the story (aim for %2): keep the steps that mattered most.</source>
        <translation>L’Action représente %1&#xa0;% de l’histoire (visez %2)&#xa0;: gardez les étapes qui ont le plus compté.</translation>
    </message>
    <message>
        <source>The Result is %1% of the story (aim for %2): say what changed, and what you learned.</source>
        <translation>Le Résultat représente %1&#xa0;% de l’histoire (visez %2)&#xa0;: dites ce qui a changé et ce que vous en avez appris.</translation>
    </message>
    <message>
        <source>The Result is %1% of the story (aim for %2): keep the outcome and one lesson.</source>
        <translation>Le Résultat représente %1&#xa0;% de l’histoire (visez %2)&#xa0;: gardez l’issue et une leçon.</translation>
    </message>
    <message>
        <source>About %1: short for a behavioural answer. Add what you did and how you know it worked.</source>
        <translation>Environ %1&#xa0;: c’est court pour une réponse comportementale. Ajoutez ce que vous avez fait et comment vous savez que cela a fonctionné.</translation>
    </message>
    <message>
        <source>Give the story a short title, so you can find it and link it to questions.</source>
        <translation>Donnez à l’histoire un titre court, pour la retrouver et la lier à des questions.</translation>
    </message>
</context>
<context>
    <name>StoryMarkdown</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>STAR stories</source>
        <translation>Histoires STAR</translation>
    </message>
    <message>
        <source>“%1” comes before the first story; a story starts with a line “## Title”.</source>
        <translation>«&#xa0;%1&#xa0;» précède la première histoire&#x202f;; une histoire commence par une ligne «&#xa0;## Titre&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown section “%1”: expected Situation, Task, Action, Result, Qualities or Questions.</source>
        <translation>Section inconnue «&#xa0;%1&#xa0;»&#x202f;; les sections possibles sont Situation, Task, Action, Result, Qualities et Questions.</translation>
    </message>
    <message>
        <source>“%1” appears twice in the story on line %2 (first on line %3).</source>
        <translation>«&#xa0;%1&#xa0;» apparaît deux fois dans l’histoire, à la ligne %2 (la première fois à la ligne %3).</translation>
    </message>
    <message>
        <source>“%1” is not a story heading. Start a story with “## ”, a part with “### ”, or write “\#” to keep the line as text.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un titre d’histoire. Commencez une histoire par «&#xa0;##&#xa0;», une partie par «&#xa0;###&#xa0;», ou écrivez «&#xa0;\#&#xa0;» pour garder la ligne comme texte.</translation>
    </message>
    <message>
        <source>Text outside a section: put it under “### Situation”, “### Task”, “### Action” or “### Result”.</source>
        <translation>Texte hors d’une section&#xa0;: placez-le sous «&#xa0;### Situation&#xa0;», «&#xa0;### Task&#xa0;», «&#xa0;### Action&#xa0;» ou «&#xa0;### Result&#xa0;».</translation>
    </message>
    <message>
        <source>Expected a list item starting with “- ”.</source>
        <translation>Un élément de liste commençant par «&#xa0;-&#xa0;» était attendu.</translation>
    </message>
    <message>
        <source>No story found: each story starts with a line “## Title”.</source>
        <translation>Aucune histoire trouvée&#xa0;: chaque histoire commence par une ligne «&#xa0;## Titre&#xa0;».</translation>
    </message>
</context>
<context>
    <name>StoryPdf</name>
    <message>
        <source>1 story</source>
        <translation>1 histoire</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 histoires</translation>
    </message>
    <message>
        <source>STAR stories</source>
        <translation>Histoires STAR</translation>
    </message>
    <message>
        <source>Exported from Rehearse on %1: %2.</source>
        <translation>Exporté depuis Rehearse le %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <source>%1, about %2 to say at %3 words a minute.</source>
        <translation>%1, environ %2 à dire à %3 mots par minute.</translation>
    </message>
    <message>
        <source>(not written yet)</source>
        <translation>(rien d’écrit pour l’instant)</translation>
    </message>
    <message>
        <source>Qualities it shows</source>
        <translation>Qualités démontrées</translation>
    </message>
    <message>
        <source>Questions it answers</source>
        <translation>Questions auxquelles elle répond</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Nothing was exported.</source>
        <translation>Impossible d’écrire %1 (%2). Rien n’a été exporté.</translation>
    </message>
</context>
<context>
    <name>StoryTransfer</name>
    <message>
        <source>The file has a malformed line, so nothing was imported.</source>
        <translation>Le fichier contient une ligne mal formée, donc rien n’a été importé.</translation>
    </message>
    <message>
        <source>The file has %1 malformed lines, so nothing was imported.</source>
        <translation>Le fichier contient %1 lignes mal formées, donc rien n’a été importé.</translation>
    </message>
    <message>
        <source>Imported 1 story</source>
        <translation>1 histoire importée</translation>
    </message>
    <message>
        <source>Imported %1 stories</source>
        <translation>%1 histoires importées</translation>
    </message>
    <message>
        <source>1 with “(imported)” after its title, because another story has that title</source>
        <translation>1 avec «&#xa0;(importée)&#xa0;» après son titre, car une autre histoire porte ce titre</translation>
    </message>
    <message>
        <source>%1 with “(imported)” after their titles, because other stories have those titles</source>
        <translation>%1 avec «&#xa0;(importée)&#xa0;» après leur titre, car d’autres histoires portent ces titres</translation>
    </message>
    <message>
        <source>skipped 1 that is already here</source>
        <translation>1 ignorée car déjà présente</translation>
    </message>
    <message>
        <source>skipped %1 that are already here</source>
        <translation>%1 ignorées car déjà présentes</translation>
    </message>
    <message>
        <source>One quality or question could not be found and was left out.</source>
        <translation>Une qualité ou une question est introuvable et a été omise.</translation>
    </message>
    <message>
        <source>%1 qualities or questions could not be found and were left out.</source>
        <translation>%1 qualités ou questions sont introuvables et ont été omises.</translation>
    </message>
    <message>
        <source>1 story</source>
        <translation>1 histoire</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 histoires</translation>
    </message>
    <message>
        <source>Exported from Rehearse on %1: %2. Stories › Import… reads this file back.</source>
        <translation>Exporté depuis Rehearse le %1&#xa0;: %2. Histoires › Importer… relit ce fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1 (%2). Nothing was exported.</source>
        <translation>Impossible d’écrire %1 (%2). Rien n’a été exporté.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2).</source>
        <translation>Impossible de lire %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is too large to be a story file.</source>
        <translation>%1 est trop volumineux pour être un fichier d’histoires.</translation>
    </message>
    <message>
        <source>The stories could not be imported: %1</source>
        <translation>Les histoires n’ont pas pu être importées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (imported)</source>
        <translation>%1 (importée)</translation>
    </message>
    <message>
        <source>%1 (imported %2)</source>
        <translation>%1 (importée %2)</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Line %1: no installed pack has the quality “%2”; “%3” was imported without it.</source>
        <translation>Ligne %1&#xa0;: aucun pack installé n’a la qualité «&#xa0;%2&#xa0;»&#x202f;; «&#xa0;%3&#xa0;» a été importée sans elle.</translation>
    </message>
    <message>
        <source>Line %1: no question reads “%2”; “%3” was imported without the link.</source>
        <translation>Ligne %1&#xa0;: aucune question ne correspond à «&#xa0;%2&#xa0;»&#x202f;; «&#xa0;%3&#xa0;» a été importée sans ce lien.</translation>
    </message>
    <message>
        <source>The stories could not be imported (%1). Nothing was imported.</source>
        <translation>Les histoires n’ont pas pu être importées (%1). Rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rehearse: %1 is not a valid pack; nothing was imported:</source>
        <translation>rehearse&#xa0;: %1 n’est pas un pack valide&#x202f;; rien n’a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>Import pack?</source>
        <translation>Importer le pack&#x202f;?</translation>
    </message>
    <message>
        <source>Import the pack %1?</source>
        <translation>Importer le pack %1&#x202f;?</translation>
    </message>
    <message>
        <source>rehearse: the daily backup was not written: %1</source>
        <translation>rehearse&#xa0;: la sauvegarde quotidienne n’a pas été écrite&#xa0;: %1</translation>
    </message>
    <message>
        <source>rehearse: %1 has malformed rows; nothing was imported:</source>
        <translation>rehearse&#xa0;: %1 contient des lignes mal formées&#x202f;; rien n’a été importé&#xa0;:</translation>
    </message>
    <message>
        <source>Added 1 question</source>
        <translation>1 question ajoutée</translation>
    </message>
    <message>
        <source>Added %1 questions</source>
        <translation>%1 questions ajoutées</translation>
    </message>
    <message>
        <source>skipped 1 duplicate</source>
        <translation>1 doublon ignoré</translation>
    </message>
    <message>
        <source>skipped %1 duplicates</source>
        <translation>%1 doublons ignorés</translation>
    </message>
    <message>
        <source>rehearse: Rehearse is already running on %1 (process %2); close it and try again. Nothing was imported.</source>
        <translation>rehearse&#xa0;: Rehearse utilise déjà %1 (processus %2)&#x202f;; fermez-le et réessayez. Rien n’a été importé.</translation>
    </message>
    <message>
        <source>Rehearse is already running on %1; brought its window to the front.</source>
        <translation>Rehearse utilise déjà %1&#x202f;; sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>rehearse: Rehearse is already running on %1 (process %2) but does not answer; close it and try again.</source>
        <translation>rehearse&#xa0;: Rehearse utilise déjà %1 (processus %2) mais ne répond pas&#x202f;; fermez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>rehearse::core::AttemptHistoryModel</name>
    <message>
        <source>Sound</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>%1, failed</source>
        <translation>%1, échec</translation>
    </message>
    <message>
        <source>%1, recovered</source>
        <translation>%1, récupéré</translation>
    </message>
    <message>
        <source>%1 of %2 allowed</source>
        <translation>%1 (limite %2)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation>Grille</translation>
    </message>
</context>
<context>
    <name>rehearse::core::QuestionBankModel</name>
    <message>
        <source>Practised once</source>
        <translation>Travaillée une fois</translation>
    </message>
    <message>
        <source>Practised %1 times</source>
        <translation>Travaillée %1 fois</translation>
    </message>
    <message>
        <source>From a pack: read only. Copy it to make your own version.</source>
        <translation>Issue d’un pack&#xa0;: lecture seule. Copiez-la pour créer votre propre version.</translation>
    </message>
    <message>
        <source>Hidden: left out of practice.</source>
        <translation>Masquée&#xa0;: exclue de l’entraînement.</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Qualités</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>À revoir</translation>
    </message>
</context>
<context>
    <name>rehearse::core::RubricModel</name>
    <message>
        <source>Criterion (ticked: in use)</source>
        <translation>Critère (coché&#xa0;: utilisé)</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>A 1 looks like</source>
        <translation>Ce qui vaut 1</translation>
    </message>
    <message>
        <source>A 3 looks like</source>
        <translation>Ce qui vaut 3</translation>
    </message>
    <message>
        <source>A 5 looks like</source>
        <translation>Ce qui vaut 5</translation>
    </message>
</context>
<context>
    <name>rehearse::core::Story</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
</context>
<context>
    <name>rehearse::core::StoryCoverageModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>No story yet</source>
        <translation>Aucune histoire pour l’instant</translation>
    </message>
    <message>
        <source>1 story</source>
        <translation>1 histoire</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation>%1 histoires</translation>
    </message>
    <message>
        <source>No story shows %1 yet. Tick it in a story, or write one for it.</source>
        <translation>Aucune histoire ne montre encore %1. Cochez-la dans une histoire, ou écrivez-en une pour elle.</translation>
    </message>
    <message>
        <source>“%1” shows %2</source>
        <translation>«&#xa0;%1&#xa0;» montre %2</translation>
    </message>
    <message>
        <source>“%1” does not show %2</source>
        <translation>«&#xa0;%1&#xa0;» ne montre pas %2</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
</context>
<context>
    <name>rehearse::core::StoryListModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>1 word</source>
        <translation>1 mot</translation>
    </message>
    <message>
        <source>%1 words</source>
        <translation>%1 mots</translation>
    </message>
    <message>
        <source>shows 1 quality</source>
        <translation>montre 1 qualité</translation>
    </message>
    <message>
        <source>shows %1 qualities</source>
        <translation>montre %1 qualités</translation>
    </message>
    <message>
        <source>answers 1 question</source>
        <translation>répond à 1 question</translation>
    </message>
    <message>
        <source>answers %1 questions</source>
        <translation>répond à %1 questions</translation>
    </message>
    <message>
        <source>%1: %2, about %3 to say; %4, %5.</source>
        <translation>%1&#xa0;: %2, environ %3 à dire&#x202f;; %4, %5.</translation>
    </message>
    <message>
        <source>Not all four parts are written yet.</source>
        <translation>Les quatre parties ne sont pas encore toutes rédigées.</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>Histoire</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Mots</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Qualités</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
</context>
<context>
    <name>rehearse::media::AnswerRecorder</name>
    <message>
        <source>No microphone was found, or no sound server is running. Connect a microphone, choose it in Settings and try again. Nothing was recorded.</source>
        <translation>Aucun microphone n’a été trouvé, ou aucun serveur de son n’est lancé. Branchez un microphone, choisissez-le dans les Paramètres et réessayez. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>Cannot write recordings to %1. Check that the folder exists and is writable. Nothing was recorded.</source>
        <translation>Impossible d’écrire les enregistrements dans %1. Vérifiez que le dossier existe et qu’il est accessible en écriture. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; was disconnected. The recording stopped; what was recorded is kept.</source>
        <translation>Le microphone «&#xa0;%1&#xa0;» a été déconnecté. L’enregistrement s’est arrêté&#x202f;; ce qui a été enregistré est conservé.</translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; was disconnected. The recording stopped; what was recorded is kept.</source>
        <translation>La caméra «&#xa0;%1&#xa0;» a été déconnectée. L’enregistrement s’est arrêté&#x202f;; ce qui a été enregistré est conservé.</translation>
    </message>
</context>
<context>
    <name>rehearse::media::CaptureWorker</name>
    <message>
        <source>The camera stopped working (%1). The recording was stopped; what was recorded is kept.</source>
        <translation>La caméra a cessé de fonctionner (%1). L’enregistrement a été arrêté&#x202f;; ce qui a été enregistré est conservé.</translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation>La caméra ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>The recording could not start: %1. Nothing was recorded.</source>
        <translation>L’enregistrement n’a pas pu démarrer&#xa0;: %1. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The recorder finished without writing anything.</source>
        <translation>L’enregistreur s’est arrêté sans rien écrire.</translation>
    </message>
    <message>
        <source>The recorder reported a problem: %1</source>
        <translation>L’enregistreur a signalé un problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Recording stopped: the disk is full or the recordings folder cannot be written (%1). What was recorded is kept.</source>
        <translation>Enregistrement arrêté&#xa0;: le disque est plein ou le dossier des enregistrements n’est pas accessible en écriture (%1). Ce qui a été enregistré est conservé.</translation>
    </message>
    <message>
        <source>Recording stopped: %1. What was recorded is kept.</source>
        <translation>Enregistrement arrêté&#xa0;: %1. Ce qui a été enregistré est conservé.</translation>
    </message>
    <message numerus="yes">
        <source>The recording did not start: the camera or microphone still sent nothing after %n tries. Check them in Settings and try again. The file was kept in your recordings folder.</source>
        <translation>
            <numerusform>L’enregistrement n’a pas démarré&#xa0;: la caméra ou le microphone n’a toujours rien envoyé après %n essai. Vérifiez-les dans les Paramètres et réessayez. Le fichier a été conservé dans votre dossier d’enregistrements.</numerusform>
            <numerusform>L’enregistrement n’a pas démarré&#xa0;: la caméra ou le microphone n’a toujours rien envoyé après %n essais. Vérifiez-les dans les Paramètres et réessayez. Le fichier a été conservé dans votre dossier d’enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording did not start, and it was stopped before it could start again. Nothing was recorded.</source>
        <translation>L’enregistrement n’a pas démarré et il a été arrêté avant de pouvoir redémarrer. Rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>rehearse::media::PracticeController</name>
    <message>
        <source>The attempt could not be stored (%1). Nothing was recorded.</source>
        <translation>L’essai n’a pas pu être stocké (%1). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>The recording cannot be played back (%1).</source>
        <translation>L’enregistrement ne peut pas être lu (%1).</translation>
    </message>
    <message>
        <source>The recording has no sound.</source>
        <translation>L’enregistrement n’a pas de son.</translation>
    </message>
    <message>
        <source>The recording has no picture.</source>
        <translation>L’enregistrement n’a pas d’image.</translation>
    </message>
    <message>
        <source>The recording is %1 s long, but %2 s were recorded.</source>
        <translation>L’enregistrement dure %1&#xa0;s, mais %2&#xa0;s ont été enregistrées.</translation>
    </message>
    <message>
        <source>The file was kept in your recordings folder.</source>
        <translation>Le fichier a été conservé dans votre dossier des enregistrements.</translation>
    </message>
    <message>
        <source>The recording did not finish in time. The file was kept and will be checked the next time Rehearse starts.</source>
        <translation>L’enregistrement ne s’est pas terminé à temps. Le fichier a été conservé et sera vérifié au prochain démarrage de Rehearse.</translation>
    </message>
    <message>
        <source>%1 The file could not be finished (%2); it was kept in your recordings folder.</source>
        <translation>%1 Le fichier n’a pas pu être finalisé (%2)&#x202f;; il a été conservé dans votre dossier des enregistrements.</translation>
    </message>
    <message>
        <source>The recorder failed and the file could not be finished: %1.</source>
        <translation>L’enregistreur a échoué et le fichier n’a pas pu être finalisé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The recording did not start; started it again.</source>
        <translation>L’enregistrement n’a pas démarré&#x202f;; il a été relancé.</translation>
    </message>
</context>
<context>
    <name>rehearse::media::RecordingProbe</name>
    <message>
        <source>the file could not be read back in time</source>
        <translation>le fichier n’a pas pu être relu à temps</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::AnswerPlayer</name>
    <message>
        <source>Sound only — this answer was recorded without a camera.</source>
        <translation>Son uniquement — cette réponse a été enregistrée sans caméra.</translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation>Lecture ou pause</translation>
    </message>
    <message>
        <source>Position in the answer</source>
        <translation>Position dans la réponse</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>Lecture ou pause (Espace)</translation>
    </message>
    <message>
        <source>Back five seconds</source>
        <translation>Reculer de cinq secondes</translation>
    </message>
    <message>
        <source>Back five seconds (Left)</source>
        <translation>Reculer de cinq secondes (Gauche)</translation>
    </message>
    <message>
        <source>Forward five seconds</source>
        <translation>Avancer de cinq secondes</translation>
    </message>
    <message>
        <source>Forward five seconds (Right)</source>
        <translation>Avancer de cinq secondes (Droite)</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volume</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::BalanceBar</name>
    <message>
        <source>Balance of the parts</source>
        <translation>Équilibre des parties</translation>
    </message>
    <message>
        <source>%1: nothing yet (aim for %2)</source>
        <translation>%1&#xa0;: rien pour l’instant (visez %2)</translation>
    </message>
    <message>
        <source>%1: %2% (aim for %3)</source>
        <translation>%1&#xa0;: %2&#xa0;% (visez %3)</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::CompareView</name>
    <message>
        <source>← History (Esc)</source>
        <translation>← Historique (Échap)</translation>
    </message>
    <message>
        <source>Play both (Space)</source>
        <translation>Lire les deux (Espace)</translation>
    </message>
    <message>
        <source>Both from the start (Home)</source>
        <translation>Les deux depuis le début (Début)</translation>
    </message>
    <message>
        <source>Scores side by side</source>
        <translation>Notes côte à côte</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <source>%1 · %2 long</source>
        <translation>%1 · durée %2</translation>
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
        <translation>Histoires complètes sur 8</translation>
    </message>
    <message>
        <source>Qualities and the stories that show them</source>
        <translation>Les qualités et les histoires qui les montrent</translation>
    </message>
    <message>
        <source>Tick the qualities each story shows. Double-click a story&apos;s name to open it.</source>
        <translation>Cochez les qualités que montre chaque histoire. Double-cliquez sur le nom d’une histoire pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The guide asks for 6 to 8 stories in situation, task, action and result form that together show the qualities the company screens for. Each quality deserves at least one story; two is better.</source>
        <translation>Le guide recommande 6 à 8 histoires au format situation, tâche, action et résultat qui, ensemble, montrent les qualités que l’entreprise évalue. Chaque qualité mérite au moins une histoire&#x202f;; deux, c’est mieux.</translation>
    </message>
    <message>
        <source>No stories yet: aim for 6 to 8.</source>
        <translation>Aucune histoire pour l’instant&#xa0;: visez 6 à 8.</translation>
    </message>
    <message>
        <source>%1 complete stories: more than 8, so keep the strongest 6 to 8 fresh.</source>
        <translation>%1 histoires complètes&#xa0;: plus de 8, gardez les 6 à 8 meilleures en tête.</translation>
    </message>
    <message>
        <source>%1 of 6–8 stories complete: enough to cover the interview.</source>
        <translation>Histoires complètes&#xa0;: %1 sur 6–8, de quoi couvrir l’entretien.</translation>
    </message>
    <message>
        <source>%1 of 6–8 stories complete.</source>
        <translation>Histoires complètes&#xa0;: %1 sur 6–8.</translation>
    </message>
    <message>
        <source>1 draft still has an empty part.</source>
        <translation>1 brouillon à compléter.</translation>
    </message>
    <message>
        <source>%1 drafts still have an empty part.</source>
        <translation>%1 brouillons à compléter.</translation>
    </message>
    <message>
        <source>No pack is installed, so there are no qualities to cover yet.</source>
        <translation>Aucun pack n’est installé, donc il n’y a pas encore de qualités à couvrir.</translation>
    </message>
    <message>
        <source>✓ Every quality has at least one story.</source>
        <translation>✓ Chaque qualité a au moins une histoire.</translation>
    </message>
    <message>
        <source>1 quality has no story yet: %1.</source>
        <translation>1 qualité n’a pas encore d’histoire&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 qualities have no story yet: %2.</source>
        <translation>%1 qualités n’ont pas encore d’histoire&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::GuidePanel</name>
    <message>
        <source>No interview guide yet</source>
        <translation>Pas encore de guide d’entretien</translation>
    </message>
    <message>
        <source>%1–%2 weeks from first contact to offer · %3 stages · %4 questions</source>
        <translation>%1–%2 semaines du premier contact à l’offre · %3 étapes · %4 questions</translation>
    </message>
    <message>
        <source>The stages</source>
        <translation>Les étapes</translation>
    </message>
    <message>
        <source>How to prepare: %1</source>
        <translation>Comment se préparer&#xa0;: %1</translation>
    </message>
    <message>
        <source>What %1 looks for</source>
        <translation>Ce que %1 recherche</translation>
    </message>
    <message>
        <source>Show it: %1</source>
        <translation>Montrez-le&#xa0;: %1</translation>
    </message>
    <message>
        <source>Preparation checklist</source>
        <translation>Check-list de préparation</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faits</translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation>Erreurs fréquentes</translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation>Questions fréquentes</translation>
    </message>
    <message>
        <source>Pay and benefits</source>
        <translation>Rémunération et avantages</translation>
    </message>
    <message>
        <source>Applying</source>
        <translation>Candidature</translation>
    </message>
    <message>
        <source>Company pack</source>
        <translation>Pack entreprise</translation>
    </message>
    <message>
        <source>My interview…</source>
        <translation>Mon entretien…</translation>
    </message>
    <message>
        <source>Set your company, interview date and stage (Ctrl+Shift+M)</source>
        <translation>Indiquez votre entreprise, la date de l’entretien et l’étape (Ctrl+Maj+M)</translation>
    </message>
    <message>
        <source>Guide for:</source>
        <translation>Guide pour&#xa0;:</translation>
    </message>
    <message>
        <source>Stages</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>Qualities</source>
        <translation>Qualités</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Check-list</translation>
    </message>
    <message>
        <source>Mistakes</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>FAQ</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <source>Your questions</source>
        <translation>Vos questions</translation>
    </message>
    <message>
        <source>Add a company pack with File › Manage Packs… or File › Import Pack… (Ctrl+O) to see how that company interviews.</source>
        <translation>Ajoutez un pack entreprise avec Fichier › Gérer les packs… ou Fichier › Importer un pack… (Ctrl+O) pour voir comment cette entreprise mène ses entretiens.</translation>
    </message>
    <message>
        <source>Your interview: %1 (%2)</source>
        <translation>Votre entretien&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Your interview: date not set</source>
        <translation>Votre entretien&#xa0;: date non fixée</translation>
    </message>
    <message>
        <source>You are at: %1</source>
        <translation>Vous en êtes à&#xa0;: %1</translation>
    </message>
    <message>
        <source>Have an interview coming? Set your date and stage with “My interview…” and the Guide, Questions and Practice follow it.</source>
        <translation>Un entretien approche&#x202f;? Indiquez la date et l’étape avec «&#xa0;Mon entretien…&#xa0;»&#xa0;: le Guide, les Questions et l’Entraînement s’y adaptent.</translation>
    </message>
    <message>
        <source>Interviewing with %1? Set your date and stage with “My interview…” and the Guide, Questions and Practice follow it.</source>
        <translation>Un entretien chez %1&#x202f;? Indiquez la date et l’étape avec «&#xa0;Mon entretien…&#xa0;»&#xa0;: le Guide, les Questions et l’Entraînement s’y adaptent.</translation>
    </message>
    <message>
        <source>Open all stages</source>
        <translation>Déplier toutes les étapes</translation>
    </message>
    <message>
        <source>%1 — you are here</source>
        <translation>%1 — vous êtes ici</translation>
    </message>
    <message>
        <source>Show or hide what happens and how to prepare</source>
        <translation>Afficher ou masquer le déroulement et la préparation</translation>
    </message>
    <message>
        <source>Close all stages</source>
        <translation>Replier toutes les étapes</translation>
    </message>
    <message>
        <source>What interviewers look for</source>
        <translation>Ce que recherchent les recruteurs</translation>
    </message>
    <message>
        <source>Your stories: none yet — write one in Stories (Ctrl+3).</source>
        <translation>Vos histoires&#xa0;: aucune pour l’instant — écrivez-en une dans Histoires (Ctrl+3).</translation>
    </message>
    <message>
        <source>Your stories: %1</source>
        <translation>Vos histoires&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your questions for them</source>
        <translation>Vos questions aux recruteurs</translation>
    </message>
    <message>
        <source>Interviewers expect you to ask three to five questions of your own: about the team, the work, how success is measured. Write them here; they are kept for this company.</source>
        <translation>Les recruteurs s’attendent à ce que vous posiez trois à cinq questions&#xa0;: sur l’équipe, le travail, la façon dont la réussite est mesurée. Notez-les ici&#x202f;; elles sont conservées pour cette entreprise.</translation>
    </message>
    <message>
        <source>Your questions for the interviewers</source>
        <translation>Vos questions pour les recruteurs</translation>
    </message>
    <message>
        <source>Double-click or F2 to edit; Delete removes.</source>
        <translation>Double-clic ou F2 pour modifier&#x202f;; Suppr pour supprimer.</translation>
    </message>
    <message>
        <source>New question to ask them</source>
        <translation>Nouvelle question à leur poser</translation>
    </message>
    <message>
        <source>e.g. What would you expect me to have done in my first 90 days?</source>
        <translation>p. ex. Qu’attendriez-vous de moi au cours de mes 90 premiers jours&#x202f;?</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>None written yet; aim for three to five.</source>
        <translation>Aucune pour l’instant&#x202f;; visez trois à cinq.</translation>
    </message>
    <message>
        <source>%1 of at least 3 written.</source>
        <translation>Rédigées&#xa0;: %1 sur 3 au minimum.</translation>
    </message>
    <message>
        <source>%1 written — enough to choose from.</source>
        <translation>%1 rédigées — de quoi choisir.</translation>
    </message>
    <message>
        <source>%1 written; pick your best five on the day.</source>
        <translation>%1 rédigées&#x202f;; choisissez vos cinq meilleures le jour J.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::HistoryPanel</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Rubric…</source>
        <translation>Grille d’évaluation…</translation>
    </message>
    <message>
        <source>Edit the criteria answers are scored on</source>
        <translation>Modifier les critères de notation des réponses</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Rechercher des questions</translation>
    </message>
    <message>
        <source>Search questions (Ctrl+F)</source>
        <translation>Rechercher des questions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Any score</source>
        <translation>Toutes les notes</translation>
    </message>
    <message>
        <source>Not scored yet</source>
        <translation>Pas encore notées</translation>
    </message>
    <message>
        <source>Weak (1–2)</source>
        <translation>Faibles (1–2)</translation>
    </message>
    <message>
        <source>Fair (3)</source>
        <translation>Moyennes (3)</translation>
    </message>
    <message>
        <source>Strong (4–5)</source>
        <translation>Solides (4–5)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>—</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Vos réponses</translation>
    </message>
    <message>
        <source>Due for practice</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Questions whose review is due, from your scores. Enter or double-click to practise.</source>
        <translation>Les questions à revoir, d’après vos notes. Entrée ou double-clic pour vous entraîner.</translation>
    </message>
    <message>
        <source>Practise it</source>
        <translation>S’entraîner</translation>
    </message>
    <message>
        <source>Replay and score (Enter)</source>
        <translation>Revoir et noter (Entrée)</translation>
    </message>
    <message>
        <source>Compare two (Ctrl+D)</source>
        <translation>Comparer (Ctrl+D)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <source>The history could not be read from the database. Restart Rehearse; if it persists, see the log in the data folder.</source>
        <translation>L’historique n’a pas pu être lu depuis la base de données. Redémarrez Rehearse&#x202f;; si le problème persiste, consultez le journal dans le dossier des données.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <source>All qualities</source>
        <translation>Toutes qualités</translation>
    </message>
    <message>
        <source>%1 of %2 answers</source>
        <translation>%1 sur %2 réponses</translation>
    </message>
    <message>
        <source>1 answer</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <source>No answers yet. Record one in Practice (Ctrl+4); it appears here to replay and score.</source>
        <translation>Aucune réponse pour l’instant. Enregistrez-en une dans Entraînement (Ctrl+4)&#x202f;; elle apparaîtra ici pour être revue et notée.</translation>
    </message>
    <message>
        <source>No answer matches these filters. Clear filters to see all %1.</source>
        <translation>Aucune réponse ne correspond à ces filtres. Réinitialisez-les pour voir les %1 réponses.</translation>
    </message>
    <message>
        <source>Last score %1; due since %2</source>
        <translation>Dernière note %1&#x202f;; à revoir depuis le %2</translation>
    </message>
    <message>
        <source>Last score %1; due today</source>
        <translation>Dernière note %1&#x202f;; à revoir aujourd’hui</translation>
    </message>
    <message>
        <source>Nothing due today. Scored answers bring their questions back here: weak ones soon, strong ones later.</source>
        <translation>Rien à revoir aujourd’hui. Les réponses notées ramènent leurs questions ici&#xa0;: les faibles bientôt, les solides plus tard.</translation>
    </message>
    <message>
        <source>Play the two answers side by side</source>
        <translation>Lire les deux réponses côte à côte</translation>
    </message>
    <message>
        <source>Select two answers to the same question (Ctrl+click)</source>
        <translation>Sélectionnez deux réponses à la même question (Ctrl+clic)</translation>
    </message>
    <message>
        <source>That answer no longer exists.</source>
        <translation>Cette réponse n’existe plus.</translation>
    </message>
    <message>
        <source>One of the two answers no longer exists.</source>
        <translation>L’une des deux réponses n’existe plus.</translation>
    </message>
    <message>
        <source>Delete Answers</source>
        <translation>Supprimer les réponses</translation>
    </message>
    <message>
        <source>Delete this answer with its recording, scores, notes and bookmarks? This cannot be undone.</source>
        <translation>Supprimer cette réponse avec son enregistrement, ses notes, ses remarques et ses signets&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete these %1 answers with their recordings, scores, notes and bookmarks? This cannot be undone.</source>
        <translation>Supprimer ces %1 réponses avec leurs enregistrements, notes, remarques et signets&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Answer deleted.</source>
        <translation>Réponse supprimée.</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>Exporter vers un dossier</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>Exporté&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Exported %1 and %2.</source>
        <translation>Exporté&#xa0;: %1 et %2.</translation>
    </message>
    <message>
        <source>The recording %1 is missing.</source>
        <translation>L’enregistrement %1 est introuvable.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir %1.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::InterviewDialog</name>
    <message>
        <source>I have a date:</source>
        <translation>J’ai une date&#xa0;:</translation>
    </message>
    <message>
        <source>My Interview</source>
        <translation>Mon entretien</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source>&amp;Company and role:</source>
        <translation>&amp;Entreprise et poste&#xa0;:</translation>
    </message>
    <message>
        <source>Interview date:</source>
        <translation>Date de l’entretien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stage you are at:</source>
        <translation>Votre ét&amp;ape&#xa0;:</translation>
    </message>
    <message>
        <source>The window counts the days; the Guide opens at your stage; Questions and Practice start with this company&apos;s questions.</source>
        <translation>La fenêtre décompte les jours&#x202f;; le Guide s’ouvre à votre étape&#x202f;; les Questions et l’Entraînement commencent par les questions de cette entreprise.</translation>
    </message>
    <message>
        <source>Not started yet</source>
        <translation>Pas encore commencé</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::MainWindow</name>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <source>%1 — Rehearse</source>
        <translation>%1 — Rehearse</translation>
    </message>
    <message>
        <source>Import a Pack</source>
        <translation>Importer un pack</translation>
    </message>
    <message>
        <source>Rehearse packs (*.json);;All files (*)</source>
        <translation>Packs Rehearse (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Pack not imported</source>
        <translation>Pack non importé</translation>
    </message>
    <message>
        <source>%1 is not a valid pack, so nothing was imported. Fix the problems below and try again.</source>
        <translation>%1 n’est pas un pack valide, donc rien n’a été importé. Corrigez les problèmes ci-dessous et réessayez.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Checking an answer cut off when Rehearse last stopped…</source>
        <translation>Vérification d’une réponse interrompue lors du dernier arrêt de Rehearse…</translation>
    </message>
    <message>
        <source>Checking %1 answers cut off when Rehearse last stopped…</source>
        <translation>Vérification de %1 réponses interrompues lors du dernier arrêt de Rehearse…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non sauvegardé</translation>
    </message>
    <message>
        <source>Your interview details were not saved: %1</source>
        <translation>Les détails de votre entretien n’ont pas été sauvegardés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 interview: %2</source>
        <translation>Entretien chez %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Your interview — File › My Interview… (Ctrl+Shift+M) to change it</source>
        <translation>Votre entretien — Fichier › Mon entretien… (Ctrl+Maj+M) pour le modifier</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::PacksDialog</name>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>&amp;Add Back</source>
        <translation>Re&amp;mettre</translation>
    </message>
    <message>
        <source>Manage Packs</source>
        <translation>Gérer les packs</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Company and role</source>
        <translation>Entreprise et poste</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Import or Update from File…</source>
        <translation>&amp;Importer ou mettre à jour depuis un fichier…</translation>
    </message>
    <message>
        <source>A pack is one company and role: its stages, qualities, questions and advice. Removing a pack keeps your stories, answers and scores; adding it back brings its questions back.</source>
        <translation>Un pack correspond à une entreprise et un poste&#xa0;: ses étapes, ses qualités, ses questions et ses conseils. Retirer un pack conserve vos histoires, vos réponses et vos notes&#x202f;; le remettre fait revenir ses questions.</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Import a Pack</source>
        <translation>Importer un pack</translation>
    </message>
    <message>
        <source>Rehearse packs (*.json);;All files (*)</source>
        <translation>Packs Rehearse (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1 is not a valid pack, so nothing was changed. Fix the problems below and try again.</source>
        <translation>%1 n’est pas un pack valide, donc rien n’a été modifié. Corrigez les problèmes ci-dessous et réessayez.</translation>
    </message>
    <message>
        <source>The pack was not imported: %1</source>
        <translation>Le pack n’a pas été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove Pack</source>
        <translation>Retirer le pack</translation>
    </message>
    <message>
        <source>Remove this pack? Its questions leave the bank and the Guide; your stories, recorded answers and scores stay, and adding the pack back brings its questions back.</source>
        <translation>Retirer ce pack&#x202f;? Ses questions quittent la banque de questions et le Guide&#x202f;; vos histoires, vos réponses enregistrées et vos notes restent, et remettre le pack fait revenir ses questions.</translation>
    </message>
    <message>
        <source>The pack was not removed: %1</source>
        <translation>Le pack n’a pas été retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pack removed. Your stories and answers are kept.</source>
        <translation>Pack retiré. Vos histoires et vos réponses sont conservées.</translation>
    </message>
    <message>
        <source>The pack could not be added back: %1</source>
        <translation>Le pack n’a pas pu être remis&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pack added back with its questions.</source>
        <translation>Pack remis avec ses questions.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::PracticePanel</name>
    <message>
        <source>Introduction</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Comportemental</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>Technique</translation>
    </message>
    <message>
        <source>System design</source>
        <translation>Conception de systèmes</translation>
    </message>
    <message>
        <source>Coding</source>
        <translation>Programmation</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <source>Interview type</source>
        <translation>Type d’entretien</translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation>Mixte</translation>
    </message>
    <message>
        <source>Tell me about yourself</source>
        <translation>Parlez-moi de vous</translation>
    </message>
    <message>
        <source>Question to practise, next up first</source>
        <translation>Question à travailler, la prochaine en premier</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation>Aperçu de la caméra</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du microphone</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Retake (Ctrl+R)</source>
        <translation>Refaire (Ctrl+R)</translation>
    </message>
    <message>
        <source>Next question (Ctrl+N)</source>
        <translation>Question suivante (Ctrl+N)</translation>
    </message>
    <message>
        <source>Mock interview (%1 questions)</source>
        <translation>Entretien blanc (%1 questions)</translation>
    </message>
    <message>
        <source>Sound only: the camera is switched off in Settings.</source>
        <translation>Son uniquement&#xa0;: la caméra est désactivée dans les Paramètres.</translation>
    </message>
    <message>
        <source>No camera found: answers will be recorded as sound only.</source>
        <translation>Aucune caméra trouvée&#xa0;: les réponses seront enregistrées en son uniquement.</translation>
    </message>
    <message>
        <source>No questions to practise yet. Import a pack with File › Import Pack…</source>
        <translation>Aucune question à travailler pour l’instant. Importez un pack avec Fichier › Importer un pack…</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <translation>Conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your story: %1</source>
        <translation>Votre histoire&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no question to practise. Import a pack or add your own questions.</source>
        <translation>Il n’y a aucune question à travailler. Importez un pack ou ajoutez vos propres questions.</translation>
    </message>
    <message>
        <source>Discard this answer?</source>
        <translation>Abandonner cette réponse&#x202f;?</translation>
    </message>
    <message>
        <source>The recording so far will be deleted.</source>
        <translation>Ce qui a été enregistré jusqu’ici sera supprimé.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation>Annulé. Rien n’a été sauvegardé.</translation>
    </message>
    <message>
        <source>Settings can be changed between answers.</source>
        <translation>Les paramètres peuvent être modifiés entre deux réponses.</translation>
    </message>
    <message>
        <source>Start preparing (Ctrl+Return)</source>
        <translation>Commencer la préparation (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Ready when you are.</source>
        <translation>Lancez-vous quand vous voulez.</translation>
    </message>
    <message>
        <source>Record now (Ctrl+Return)</source>
        <translation>Enregistrer maintenant (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Prepare your answer. Recording starts by itself when the time is up.</source>
        <translation>Préparez votre réponse. L’enregistrement démarre tout seul à la fin du temps imparti.</translation>
    </message>
    <message>
        <source>Stop (Ctrl+Return)</source>
        <translation>Arrêter (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Enregistrement</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation>Sauvegarde de l’enregistrement…</translation>
    </message>
    <message>
        <source>Next question (Ctrl+Return)</source>
        <translation>Question suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Practise the next question (Ctrl+Return)</source>
        <translation>Travailler la question suivante (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Saved: %1 answer.</source>
        <translation>Sauvegardé&#xa0;: réponse de %1.</translation>
    </message>
    <message>
        <source>The time limit stopped it.</source>
        <translation>Arrêtée par la limite de temps.</translation>
    </message>
    <message>
        <source>Ctrl+Return for the next question, Ctrl+R to retake.</source>
        <translation>Ctrl+Entrée pour la question suivante, Ctrl+R pour refaire.</translation>
    </message>
    <message>
        <source>Ctrl+R to retake, Ctrl+Return for another question.</source>
        <translation>Ctrl+R pour refaire, Ctrl+Entrée pour une autre question.</translation>
    </message>
    <message>
        <source>● Recording — less than %1 seconds left</source>
        <translation>● Enregistrement — moins de %1 secondes restantes</translation>
    </message>
    <message>
        <source>Score it (Ctrl+E)</source>
        <translation>Noter (Ctrl+E)</translation>
    </message>
    <message>
        <source>Replay this answer in History and score it against the rubric</source>
        <translation>Revoir cette réponse dans l’Historique et la noter selon la grille d’évaluation</translation>
    </message>
    <message>
        <source>Your stage: %1</source>
        <translation>Votre étape&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>%1, week of %2: %3 from %4 scores</source>
        <translation>%1, semaine du %2&#xa0;: %3 (nombre de notes&#xa0;: %4)</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Answer length</source>
        <translation>Durée des réponses</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Au-delà de la limite</translation>
    </message>
    <message>
        <source>Answer, oldest first</source>
        <translation>Réponses, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>Seconds</source>
        <translation>Secondes</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Limite de temps</translation>
    </message>
    <message>
        <source>Average overall score</source>
        <translation>Note globale moyenne</translation>
    </message>
    <message>
        <source>%1 of %2 practised</source>
        <translation>%1 sur %2 travaillées</translation>
    </message>
    <message>
        <source>average %1</source>
        <translation>moyenne %1</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>pas de note</translation>
    </message>
    <message>
        <source>%1 (%2)
%3 of %4 questions practised</source>
        <translation>%1 (%2)
%3 sur %4 questions travaillées</translation>
    </message>
    <message>
        <source>Average overall score %1 from %2 scored answers</source>
        <translation>Note globale moyenne&#xa0;: %1 (%2 réponses notées)</translation>
    </message>
    <message>
        <source>No scored answers yet</source>
        <translation>Aucune réponse notée pour l’instant</translation>
    </message>
    <message>
        <source>No overall scores yet: give your answers one in History (Ctrl+5).</source>
        <translation>Pas encore de note globale&#xa0;: attribuez-en une à vos réponses dans l’Historique (Ctrl+5).</translation>
    </message>
    <message>
        <source>No answers yet. Record one in Practice (Ctrl+4), score it in History (Ctrl+5), and your progress appears here.</source>
        <translation>Aucune réponse pour l’instant. Enregistrez-en une dans Entraînement (Ctrl+4), notez-la dans l’Historique (Ctrl+5), et votre progression apparaîtra ici.</translation>
    </message>
    <message>
        <source>Average score per criterion, by week</source>
        <translation>Note moyenne par critère, par semaine</translation>
    </message>
    <message>
        <source>No scores yet. Open an answer in History (Ctrl+5) and score it against the rubric: your average for each criterion appears here, week by week.</source>
        <translation>Aucune note pour l’instant. Ouvrez une réponse dans l’Historique (Ctrl+5) et notez-la selon la grille d’évaluation&#xa0;: votre moyenne pour chaque critère apparaîtra ici, semaine après semaine.</translation>
    </message>
    <message>
        <source>Answers per week</source>
        <translation>Réponses par semaine</translation>
    </message>
    <message>
        <source>Answer length against the time limit</source>
        <translation>Durée des réponses par rapport à la limite de temps</translation>
    </message>
    <message>
        <source>Qualities: questions practised and average score</source>
        <translation>Qualités&#xa0;: questions travaillées et note moyenne</translation>
    </message>
    <message>
        <source>No qualities to cover. Import a company pack with File › Import Pack… (Ctrl+O) to see how well your practice covers what that company looks for.</source>
        <translation>Aucune qualité à couvrir. Importez un pack entreprise avec Fichier › Importer un pack… (Ctrl+O) pour voir dans quelle mesure votre entraînement couvre ce que recherche cette entreprise.</translation>
    </message>
    <message>
        <source>Answers recorded: %1 · This week: %2</source>
        <translation>Réponses enregistrées&#xa0;: %1 · Cette semaine&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::QuestionDialog</name>
    <message>
        <source>Question from a Pack</source>
        <translation>Question issue d’un pack</translation>
    </message>
    <message>
        <source>New Question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <source>Edit Question</source>
        <translation>Modifier la question</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Qualities it probes</source>
        <translation>Qualités évaluées</translation>
    </message>
    <message>
        <source>Words separated by spaces, e.g. hard warm-up</source>
        <translation>Mots séparés par des espaces, p. ex. difficile échauffement</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>Ét&amp;ape&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Qualities it probes:</source>
        <translation>Qualités é&amp;valuées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Your tags:</source>
        <translation>Vos ét&amp;iquettes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ét&amp;iquettes&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ip:</source>
        <translation>Cons&amp;eil&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Why it is asked:</source>
        <translation>&amp;Pourquoi elle est posée&#xa0;:</translation>
    </message>
    <message>
        <source>This question comes from a pack and is read only; you can add your own tags. To change it, copy it into your own questions.</source>
        <translation>Cette question provient d’un pack et est en lecture seule&#x202f;; vous pouvez y ajouter vos propres étiquettes. Pour la modifier, copiez-la dans vos propres questions.</translation>
    </message>
    <message>
        <source>Write the question first.</source>
        <translation>Écrivez d’abord la question.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::QuestionsPanel</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add questions from a CSV or JSON file (Ctrl+I)</source>
        <translation>Ajouter des questions depuis un fichier CSV ou JSON (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Save the questions shown to a CSV or JSON file</source>
        <translation>Exporter les questions affichées vers un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Search questions</source>
        <translation>Rechercher des questions</translation>
    </message>
    <message>
        <source>Search questions and tags as you type (Ctrl+F)</source>
        <translation>Rechercher dans les questions et les étiquettes au fil de la frappe (Ctrl+F)</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <source>Any practice</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Never practised</source>
        <translation>Jamais travaillées</translation>
    </message>
    <message>
        <source>Due for review</source>
        <translation>À revoir</translation>
    </message>
    <message>
        <source>Practised</source>
        <translation>Déjà travaillées</translation>
    </message>
    <message>
        <source>Hidden too</source>
        <translation>Masquées aussi</translation>
    </message>
    <message>
        <source>Also list the questions you hid</source>
        <translation>Lister aussi les questions que vous avez masquées</translation>
    </message>
    <message>
        <source>New (Ctrl+N)</source>
        <translation>Nouvelle (Ctrl+N)</translation>
    </message>
    <message>
        <source>Open (Enter)</source>
        <translation>Ouvrir (Entrée)</translation>
    </message>
    <message>
        <source>Copy to mine</source>
        <translation>Copier dans les miennes</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Supprimer (Suppr)</translation>
    </message>
    <message>
        <source>Practise it (Ctrl+Return)</source>
        <translation>S’entraîner (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>My own questions</source>
        <translation>Mes propres questions</translation>
    </message>
    <message>
        <source>All packs and mine</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes catégories</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Toutes étapes</translation>
    </message>
    <message>
        <source>All qualities</source>
        <translation>Toutes qualités</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>comptage…</translation>
    </message>
    <message>
        <source>1 question</source>
        <translation>1 question</translation>
    </message>
    <message>
        <source>%1 questions</source>
        <translation>%1 questions</translation>
    </message>
    <message>
        <source>No question matches these filters.</source>
        <translation>Aucune question ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No question has words starting with “%1”. Check the spelling or clear a filter.</source>
        <translation>Aucune question ne contient de mot commençant par «&#xa0;%1&#xa0;». Vérifiez l’orthographe ou effacez un filtre.</translation>
    </message>
    <message>
        <source>No question</source>
        <translation>Aucune question</translation>
    </message>
    <message>
        <source>Edit (Enter)</source>
        <translation>Modifier (Entrée)</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Show again</source>
        <translation>Réafficher</translation>
    </message>
    <message>
        <source>Pack questions cannot be deleted; hide them instead.</source>
        <translation>Les questions d’un pack ne peuvent pas être supprimées&#x202f;; masquez-les plutôt.</translation>
    </message>
    <message>
        <source>The question was not saved: %1</source>
        <translation>La question n’a pas été sauvegardée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Question added. The filters hide it; clear them to see it.</source>
        <translation>Question ajoutée. Les filtres la masquent&#x202f;; effacez-les pour la voir.</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n’a pas été sauvegardée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The question was not copied: %1</source>
        <translation>La question n’a pas été copiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied into your own questions; Enter edits it.</source>
        <translation>Copiée dans vos propres questions&#x202f;; Entrée pour la modifier.</translation>
    </message>
    <message>
        <source>Delete Question</source>
        <translation>Supprimer la question</translation>
    </message>
    <message>
        <source>Delete this question? Its recorded answers, if any, stay in History.</source>
        <translation>Supprimer cette question&#x202f;? Ses réponses enregistrées, s’il y en a, restent dans l’Historique.</translation>
    </message>
    <message>
        <source>Question deleted.</source>
        <translation>Question supprimée.</translation>
    </message>
    <message>
        <source>Question removed from the bank. It has recorded answers, so it is kept for History.</source>
        <translation>Question retirée de la banque de questions. Elle a des réponses enregistrées, donc elle est conservée pour l’Historique.</translation>
    </message>
    <message>
        <source>The question was not deleted: %1</source>
        <translation>La question n’a pas été supprimée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Aucune modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hidden: it no longer comes up in practice. Tick “Hidden too” to find it again.</source>
        <translation>Masquée&#xa0;: elle ne revient plus à l’entraînement. Cochez «&#xa0;Masquées aussi&#xa0;» pour la retrouver.</translation>
    </message>
    <message>
        <source>Shown again.</source>
        <translation>Réaffichée.</translation>
    </message>
    <message>
        <source>Import Questions</source>
        <translation>Importer des questions</translation>
    </message>
    <message>
        <source>Questions (*.csv *.json);;All files (*)</source>
        <translation>Questions (*.csv *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export Questions</source>
        <translation>Exporter les questions</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Une importation est déjà en cours.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>Nothing was imported from %1: %2</source>
        <translation>Rien n’a été importé depuis %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was added.</source>
        <translation>Importation annulée&#x202f;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>1 question will be added.</source>
        <translation>1 question sera ajoutée.</translation>
    </message>
    <message>
        <source>%1 questions will be added.</source>
        <translation>%1 questions seront ajoutées.</translation>
    </message>
    <message>
        <source>1 duplicate will be skipped.</source>
        <translation>1 doublon sera ignoré.</translation>
    </message>
    <message>
        <source>%1 duplicates will be skipped.</source>
        <translation>%1 doublons seront ignorés.</translation>
    </message>
    <message>
        <source>1 row is malformed and will be left out; see the details.</source>
        <translation>1 ligne est mal formée et sera omise&#x202f;; voir les détails.</translation>
    </message>
    <message>
        <source>%1 rows are malformed and will be left out; see the details.</source>
        <translation>%1 lignes sont mal formées et seront omises&#x202f;; voir les détails.</translation>
    </message>
    <message>
        <source>First to be added:
%1</source>
        <translation>Premières questions ajoutées&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing questions…</source>
        <translation>Importation des questions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Added 1 question.</source>
        <translation>1 question ajoutée.</translation>
    </message>
    <message>
        <source>Added %1 questions.</source>
        <translation>%1 questions ajoutées.</translation>
    </message>
    <message>
        <source>Skipped 1 duplicate.</source>
        <translation>1 doublon ignoré.</translation>
    </message>
    <message>
        <source>Skipped %1 duplicates.</source>
        <translation>%1 doublons ignorés.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Rien n’a été exporté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported 1 question to %1.</source>
        <translation>1 question exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 questions to %2.</source>
        <translation>%1 questions exportées vers %2.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::ReviewView</name>
    <message>
        <source>Between: %1 / %2</source>
        <translation>Entre les deux&#xa0;: %1 / %2</translation>
    </message>
    <message>
        <source>← History (Esc)</source>
        <translation>← Historique (Échap)</translation>
    </message>
    <message>
        <source>Bookmark text</source>
        <translation>Texte du signet</translation>
    </message>
    <message>
        <source>What happens here? (optional)</source>
        <translation>Que se passe-t-il ici&#x202f;? (facultatif)</translation>
    </message>
    <message>
        <source>Bookmark this moment (Ctrl+B)</source>
        <translation>Ajouter un signet à ce moment (Ctrl+B)</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Signets</translation>
    </message>
    <message>
        <source>Enter or double-click jumps there; F2 edits the text; Delete removes it.</source>
        <translation>Entrée ou double-clic pour y aller&#x202f;; F2 pour modifier le texte&#x202f;; Suppr pour le supprimer.</translation>
    </message>
    <message>
        <source>Score each part from 1 to 5</source>
        <translation>Notez chaque partie de 1 à 5</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Notes for next time: what to keep, what to change.</source>
        <translation>Remarques pour la prochaine fois&#xa0;: ce qu’il faut garder, ce qu’il faut changer.</translation>
    </message>
    <message>
        <source>Overall</source>
        <translation>Note globale</translation>
    </message>
    <message>
        <source>Your overall verdict. It decides when this question comes back.</source>
        <translation>Votre verdict global. Il détermine quand cette question reviendra.</translation>
    </message>
    <message>
        <source>Would not pass: start again from the STAR outline.</source>
        <translation>Ne passerait pas&#xa0;: repartez du plan STAR.</translation>
    </message>
    <message>
        <source>Acceptable, with clear gaps to close.</source>
        <translation>Acceptable, avec des lacunes claires à combler.</translation>
    </message>
    <message>
        <source>Ready for the real interview.</source>
        <translation>Prête pour le vrai entretien.</translation>
    </message>
    <message>
        <source>%1, score %2</source>
        <translation>%1, note %2</translation>
    </message>
    <message>
        <source>(This question was removed.)</source>
        <translation>(Cette question a été supprimée.)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <translation>Conseil&#xa0;: %1</translation>
    </message>
    <message>
        <source>The recording %1 is missing. Its scores and notes are still here.</source>
        <translation>L’enregistrement %1 est introuvable. Ses notes et ses remarques sont toujours là.</translation>
    </message>
    <message>
        <source>The score could not be saved: %1</source>
        <translation>La note n’a pas pu être sauvegardée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Score the parts above, then give an overall score.</source>
        <translation>Notez les parties ci-dessus, puis attribuez une note globale.</translation>
    </message>
    <message>
        <source>Average of the parts: %1</source>
        <translation>Moyenne des parties&#xa0;: %1</translation>
    </message>
    <message>
        <source>The notes could not be saved: %1. They are still in the box; try again.</source>
        <translation>Les remarques n’ont pas pu être sauvegardées&#xa0;: %1. Elles sont toujours dans la zone de texte&#x202f;; réessayez.</translation>
    </message>
    <message>
        <source>The bookmark could not be saved: %1</source>
        <translation>Le signet n’a pas pu être sauvegardé&#xa0;: %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>No bookmarks yet. Pause at a moment worth keeping and press Ctrl+B.</source>
        <translation>Aucun signet pour l’instant. Mettez en pause à un moment à retenir et appuyez sur Ctrl+B.</translation>
    </message>
    <message>
        <source>The bookmark could not be removed: %1</source>
        <translation>Le signet n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::RubricDialog</name>
    <message>
        <source>Scoring Rubric</source>
        <translation>Grille d’évaluation</translation>
    </message>
    <message>
        <source>Double-click a cell to change it; untick a criterion to stop scoring it (its earlier scores stay). Changes apply to reviews from now on.</source>
        <translation>Double-cliquez sur une cellule pour la modifier&#x202f;; décochez un critère pour ne plus le noter (ses notes précédentes sont conservées). Les modifications s’appliquent aux revues à venir.</translation>
    </message>
    <message>
        <source>Rubric criteria</source>
        <translation>Critères de la grille d’évaluation</translation>
    </message>
    <message>
        <source>&amp;Add a Criterion…</source>
        <translation>&amp;Ajouter un critère…</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non sauvegardé</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>La modification n’a pas été sauvegardée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a Criterion</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SettingsDialog</name>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (non disponible)</translation>
    </message>
    <message>
        <source>No camera — record sound only</source>
        <translation>Pas de caméra — son uniquement</translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation>Aucun microphone trouvé</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::ShortcutsDialog</name>
    <message>
        <source>Show the interview guide</source>
        <translation>Afficher le guide d’entretien</translation>
    </message>
    <message>
        <source>Show the question bank</source>
        <translation>Afficher la banque de questions</translation>
    </message>
    <message>
        <source>Show your STAR stories</source>
        <translation>Afficher vos histoires STAR</translation>
    </message>
    <message>
        <source>Show practice</source>
        <translation>Afficher l’entraînement</translation>
    </message>
    <message>
        <source>Show the history of attempts</source>
        <translation>Afficher l’historique des essais</translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation>Afficher la progression</translation>
    </message>
    <message>
        <source>Practice: start preparing, record now, stop recording</source>
        <translation>Entraînement&#xa0;: commencer la préparation, enregistrer maintenant, arrêter l’enregistrement</translation>
    </message>
    <message>
        <source>Practice: cancel the current attempt</source>
        <translation>Entraînement&#xa0;: annuler l’essai en cours</translation>
    </message>
    <message>
        <source>Practice: retake the same question</source>
        <translation>Entraînement&#xa0;: refaire la même question</translation>
    </message>
    <message>
        <source>Practice: next question</source>
        <translation>Entraînement&#xa0;: question suivante</translation>
    </message>
    <message>
        <source>Import a pack</source>
        <translation>Importer un pack</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Afficher cette liste</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Practice: score the answer just recorded</source>
        <translation>Entraînement&#xa0;: noter la réponse qui vient d’être enregistrée</translation>
    </message>
    <message>
        <source>Stories: new story</source>
        <translation>Histoires&#xa0;: nouvelle histoire</translation>
    </message>
    <message>
        <source>Stories: save now (stories also save as you type)</source>
        <translation>Histoires&#xa0;: sauvegarder maintenant (les histoires se sauvegardent aussi pendant la frappe)</translation>
    </message>
    <message>
        <source>Stories: previous story</source>
        <translation>Histoires&#xa0;: histoire précédente</translation>
    </message>
    <message>
        <source>Stories: next story</source>
        <translation>Histoires&#xa0;: histoire suivante</translation>
    </message>
    <message>
        <source>Stories: find a question to link</source>
        <translation>Histoires&#xa0;: trouver une question à lier</translation>
    </message>
    <message>
        <source>Stories: coverage of the qualities</source>
        <translation>Histoires&#xa0;: couverture des qualités</translation>
    </message>
    <message>
        <source>Stories: back to writing</source>
        <translation>Histoires&#xa0;: revenir à la rédaction</translation>
    </message>
    <message>
        <source>Stories: export as Markdown</source>
        <translation>Histoires&#xa0;: exporter en Markdown</translation>
    </message>
    <message>
        <source>Stories: export as PDF</source>
        <translation>Histoires&#xa0;: exporter en PDF</translation>
    </message>
    <message>
        <source>Stories: import stories from Markdown</source>
        <translation>Histoires&#xa0;: importer des histoires depuis un fichier Markdown</translation>
    </message>
    <message>
        <source>Questions and History: search</source>
        <translation>Questions et Historique&#xa0;: rechercher</translation>
    </message>
    <message>
        <source>Questions and Stories: from the search box into the results</source>
        <translation>Questions et Histoires&#xa0;: passer du champ de recherche aux résultats</translation>
    </message>
    <message>
        <source>Questions: write a new question</source>
        <translation>Questions&#xa0;: écrire une nouvelle question</translation>
    </message>
    <message>
        <source>Questions: open or edit the selected question</source>
        <translation>Questions&#xa0;: ouvrir ou modifier la question sélectionnée</translation>
    </message>
    <message>
        <source>Questions: practise the selected question</source>
        <translation>Questions&#xa0;: s’entraîner sur la question sélectionnée</translation>
    </message>
    <message>
        <source>Questions: import a CSV or JSON file</source>
        <translation>Questions&#xa0;: importer un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Questions: delete your selected question (asks first)</source>
        <translation>Questions&#xa0;: supprimer votre question sélectionnée (avec confirmation)</translation>
    </message>
    <message>
        <source>History: replay and score the selected answer</source>
        <translation>Historique&#xa0;: revoir et noter la réponse sélectionnée</translation>
    </message>
    <message>
        <source>History: compare the two selected answers</source>
        <translation>Historique&#xa0;: comparer les deux réponses sélectionnées</translation>
    </message>
    <message>
        <source>History: delete the selected answers (asks first)</source>
        <translation>Historique&#xa0;: supprimer les réponses sélectionnées (avec confirmation)</translation>
    </message>
    <message>
        <source>Replay: play or pause</source>
        <translation>Relecture&#xa0;: lecture ou pause</translation>
    </message>
    <message>
        <source>Replay: back five seconds</source>
        <translation>Relecture&#xa0;: reculer de cinq secondes</translation>
    </message>
    <message>
        <source>Replay: forward five seconds</source>
        <translation>Relecture&#xa0;: avancer de cinq secondes</translation>
    </message>
    <message>
        <source>Replay: bookmark the current moment</source>
        <translation>Relecture&#xa0;: ajouter un signet au moment actuel</translation>
    </message>
    <message>
        <source>Compare: both answers from the start</source>
        <translation>Comparaison&#xa0;: les deux réponses depuis le début</translation>
    </message>
    <message>
        <source>Replay and compare: back to the list</source>
        <translation>Relecture et comparaison&#xa0;: retour à la liste</translation>
    </message>
    <message>
        <source>My interview: company, date and stage</source>
        <translation>Mon entretien&#xa0;: entreprise, date et étape</translation>
    </message>
    <message>
        <source>Manage packs</source>
        <translation>Gérer les packs</translation>
    </message>
    <message>
        <source>Settings: practice times, camera, microphone and language</source>
        <translation>Paramètres&#xa0;: durées d’entraînement, caméra, microphone et langue</translation>
    </message>
    <message>
        <source>Replay, on the speech timeline: the previous pause, filler or speech</source>
        <translation>Relecture, sur la chronologie de la parole&#xa0;: pause, mot de remplissage ou passage parlé précédent</translation>
    </message>
    <message>
        <source>Replay, on the speech timeline: the next pause, filler or speech</source>
        <translation>Relecture, sur la chronologie de la parole&#xa0;: pause, mot de remplissage ou passage parlé suivant</translation>
    </message>
    <message>
        <source>Replay, on the speech timeline: jump to the chosen mark</source>
        <translation>Relecture, sur la chronologie de la parole&#xa0;: aller au repère choisi</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechAnalysisQueue</name>
    <message>
        <source>Analysing speech: %1%</source>
        <translation>Analyse de la parole&#xa0;: %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>(%n autre en attente)</numerusform>
            <numerusform>(%n autres en attente)</numerusform>
        </translation>
    </message>
    <message>
        <source>The recording %1 is missing.</source>
        <translation>L’enregistrement %1 est introuvable.</translation>
    </message>
    <message>
        <source>The analysis ended without a result.</source>
        <translation>L’analyse s’est terminée sans résultat.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechFeedbackView</name>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Speech analysis progress</source>
        <translation>Progression de l’analyse de la parole</translation>
    </message>
    <message>
        <source>Show or hide the words as the recogniser heard them; click a word to jump there.</source>
        <translation>Afficher ou masquer les mots tels que la reconnaissance les a entendus&#x202f;; cliquez sur un mot pour y aller.</translation>
    </message>
    <message>
        <source>Measuring the speech in this answer… %1%</source>
        <translation>Mesure de la parole dans cette réponse… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Waiting: another answer is being measured first.</source>
        <translation>En attente&#xa0;: une autre réponse est mesurée d’abord.</translation>
    </message>
    <message>
        <source>The speech figures could not be saved: %1</source>
        <translation>Les mesures de parole n’ont pas pu être sauvegardées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>The speech in this answer has not been measured yet.</source>
        <translation>La parole de cette réponse n’a pas encore été mesurée.</translation>
    </message>
    <message>
        <source>Analyse</source>
        <translation>Analyser</translation>
    </message>
    <message>
        <source>No speech detected in this answer.</source>
        <translation>Aucune parole détectée dans cette réponse.</translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation>Analyser à nouveau</translation>
    </message>
    <message>
        <source>Measured with an older method.</source>
        <translation>Mesurée avec une méthode plus ancienne.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Click a pause to jump to it.</source>
        <translation>Cliquez sur une pause pour y aller.</translation>
    </message>
    <message>
        <source>Pace and filler words need a rough transcript, and none was made when this answer was measured. Analyse it again to get one.</source>
        <translation>Le débit et les mots de remplissage nécessitent une transcription approximative, et aucune n’a été faite lors de la mesure de cette réponse. Analysez-la à nouveau pour en obtenir une.</translation>
    </message>
    <message>
        <source>Pace and filler words need a rough transcript, which is not available: %1</source>
        <translation>Le débit et les mots de remplissage nécessitent une transcription approximative, qui n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>(no words recognised)</source>
        <translation>(aucun mot reconnu)</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechProgressChart</name>
    <message>
        <source>Analysed answer, oldest first</source>
        <translation>Réponses analysées, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1&#xa0;: %2 %3</translation>
    </message>
    <message>
        <source>Pace, words per minute</source>
        <translation>Débit, en mots par minute</translation>
    </message>
    <message>
        <source>Filler words per minute</source>
        <translation>Mots de remplissage par minute</translation>
    </message>
    <message>
        <source>No analysed answers yet. Each answer you record is measured for pace, pauses and filler words in the background; the figures appear here and in its review in History (Ctrl+5).</source>
        <translation>Aucune réponse analysée pour l’instant. Le débit, les pauses et les mots de remplissage de chaque réponse enregistrée sont mesurés en arrière-plan&#x202f;; les mesures apparaissent ici et dans sa revue, dans l’Historique (Ctrl+5).</translation>
    </message>
    <message>
        <source>Pace and filler words need a rough transcript, and your analysed answers have none.</source>
        <translation>Le débit et les mots de remplissage nécessitent une transcription approximative, et vos réponses analysées n’en ont pas.</translation>
    </message>
    <message>
        <source>Words per minute</source>
        <translation>Mots par minute</translation>
    </message>
    <message>
        <source>About %1–%2: easy to follow</source>
        <translation>Environ %1–%2&#xa0;: facile à suivre</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Débit</translation>
    </message>
    <message>
        <source>words per minute</source>
        <translation>mots par minute</translation>
    </message>
    <message>
        <source>Per minute</source>
        <translation>Par minute</translation>
    </message>
    <message>
        <source>Fewer than about %1 a minute</source>
        <translation>Moins d’environ %1 par minute</translation>
    </message>
    <message>
        <source>Filler words</source>
        <translation>Mots de remplissage</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>par minute</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechTimeline</name>
    <message>
        <source>Speech timeline</source>
        <translation>Chronologie de la parole</translation>
    </message>
    <message>
        <source>Speech, pauses over 2.5 s and filler words. Click to jump there; Left and Right choose a mark, Enter jumps to it.</source>
        <translation>Parole, pauses de plus de 2,5&#xa0;s et mots de remplissage. Cliquez pour y aller&#x202f;; Gauche et Droite choisissent un repère, Entrée y va.</translation>
    </message>
    <message>
        <source>Pause of %1 at %2</source>
        <translation>Pause de %1 (à %2)</translation>
    </message>
    <message>
        <source>Filler &quot;%1&quot; at %2</source>
        <translation>Mot de remplissage «&#xa0;%1&#xa0;» à %2</translation>
    </message>
    <message>
        <source>Speech from %1 to %2</source>
        <translation>Parole de %1 à %2</translation>
    </message>
    <message>
        <source>Nothing measured</source>
        <translation>Rien n’a été mesuré</translation>
    </message>
    <message>
        <source>%1 (mark %2 of %3)</source>
        <translation>%1 (repère %2 sur %3)</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SpeechTimelineLegend</name>
    <message>
        <source>The start of the answer</source>
        <translation>Le début de la réponse</translation>
    </message>
    <message>
        <source>The end of the answer: its length</source>
        <translation>La fin de la réponse&#xa0;: sa durée</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Parole</translation>
    </message>
    <message>
        <source>Pause over %1</source>
        <translation>Pause de plus de %1</translation>
    </message>
    <message>
        <source>Filler word</source>
        <translation>Mot de remplissage</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoriesPanel</name>
    <message>
        <source>Stories</source>
        <translation>Histoires</translation>
    </message>
    <message>
        <source>New story (Ctrl+N)</source>
        <translation>Nouvelle histoire (Ctrl+N)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete the selected story (Delete in the list); asks first</source>
        <translation>Supprimer l’histoire sélectionnée (Suppr dans la liste)&#x202f;; demande confirmation</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Add the stories of a Markdown file exported by Rehearse (Ctrl+I)</source>
        <translation>Ajouter les histoires d’un fichier Markdown exporté par Rehearse (Ctrl+I)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Save every story as Markdown (Ctrl+E) or PDF (Ctrl+Shift+E)</source>
        <translation>Exporter toutes les histoires en Markdown (Ctrl+E) ou en PDF (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>As Markdown… (Ctrl+E)</source>
        <translation>En Markdown… (Ctrl+E)</translation>
    </message>
    <message>
        <source>As PDF… (Ctrl+Shift+E)</source>
        <translation>En PDF… (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Write your first story&lt;/h3&gt;&lt;p&gt;Interviewers ask for examples. Prepare 6 to 8 stories from your own work, each in four parts: the &lt;b&gt;Situation&lt;/b&gt;, your &lt;b&gt;Task&lt;/b&gt;, the &lt;b&gt;Action&lt;/b&gt; you took and the &lt;b&gt;Result&lt;/b&gt;, with a number in it.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; to start one.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Écrivez votre première histoire&lt;/h3&gt;&lt;p&gt;Les recruteurs demandent des exemples. Préparez 6 à 8 histoires tirées de votre propre expérience, chacune en quatre parties&#xa0;: la &lt;b&gt;Situation&lt;/b&gt;, votre &lt;b&gt;Tâche&lt;/b&gt;, l’&lt;b&gt;Action&lt;/b&gt; que vous avez menée et le &lt;b&gt;Résultat&lt;/b&gt;, chiffré.&lt;/p&gt;&lt;p&gt;Appuyez sur &lt;b&gt;Ctrl+N&lt;/b&gt; pour en commencer une.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>Rédi&amp;ger</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>&amp;Couverture</translation>
    </message>
    <message>
        <source>Saved. (Stories also save by themselves as you type.)</source>
        <translation>Sauvegardé. (Les histoires se sauvegardent aussi d’elles-mêmes pendant la frappe.)</translation>
    </message>
    <message>
        <source>A new story could not be stored: %1</source>
        <translation>Une nouvelle histoire n’a pas pu être stockée&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” could not be deleted: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Delete story?</source>
        <translation>Supprimer l’histoire&#x202f;?</translation>
    </message>
    <message>
        <source>Delete “%1”? Its four parts, qualities and links to questions are deleted. Answers recorded with it as a cue keep their recording.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#x202f;? Ses quatre parties, ses qualités et ses liens vers des questions seront supprimés. Les réponses enregistrées avec elle comme aide-mémoire gardent leur enregistrement.</translation>
    </message>
    <message>
        <source>There are no stories to export yet.</source>
        <translation>Il n’y a pas encore d’histoire à exporter.</translation>
    </message>
    <message>
        <source>Export Stories as PDF</source>
        <translation>Exporter les histoires en PDF</translation>
    </message>
    <message>
        <source>Export Stories</source>
        <translation>Exporter les histoires</translation>
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
        <translation>1 histoire exportée vers %1.</translation>
    </message>
    <message>
        <source>Exported %1 stories to %2.</source>
        <translation>%1 histoires exportées vers %2.</translation>
    </message>
    <message>
        <source>Import Stories</source>
        <translation>Importer des histoires</translation>
    </message>
    <message>
        <source>Markdown (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown (*.md *.markdown *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Fix the file (%1) and import it again.</source>
        <translation>Corrigez le fichier (%1) et importez-le à nouveau.</translation>
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
        <translation>&amp;Tâche</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>&amp;Result</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Where and when? Set the scene in two or three sentences.</source>
        <translation>Où et quand&#x202f;? Plantez le décor en deux ou trois phrases.</translation>
    </message>
    <message>
        <source>What were you responsible for, or what had to be solved?</source>
        <translation>De quoi étiez-vous responsable, ou que fallait-il résoudre&#x202f;?</translation>
    </message>
    <message>
        <source>What did you do, step by step, and why? Say “I”.</source>
        <translation>Qu’avez-vous fait, étape par étape, et pourquoi&#x202f;? Dites «&#xa0;je&#xa0;».</translation>
    </message>
    <message>
        <source>How did it end? A number, and what you learned.</source>
        <translation>Comment cela s’est-il terminé&#x202f;? Un chiffre, et ce que vous en avez appris.</translation>
    </message>
    <message>
        <source>Story title</source>
        <translation>Titre de l’histoire</translation>
    </message>
    <message>
        <source>Title, e.g. “Billing outage on launch night”</source>
        <translation>Titre, p. ex. «&#xa0;Panne de facturation le soir du lancement&#xa0;»</translation>
    </message>
    <message>
        <source>Not saved: %1. Your text is still here; Rehearse tries again when you type or leave the field.</source>
        <translation>Non sauvegardé&#xa0;: %1. Votre texte est toujours là&#x202f;; Rehearse réessaie dès que vous tapez ou quittez le champ.</translation>
    </message>
    <message>
        <source>All changes saved.</source>
        <translation>Toutes les modifications sont sauvegardées.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoryGuidance</name>
    <message>
        <source>Speaking pace in words a minute</source>
        <translation>Débit de parole en mots par minute</translation>
    </message>
    <message>
        <source> words a minute</source>
        <translation> mots par minute</translation>
    </message>
    <message>
        <source>How fast you speak. 140 is a calm interview pace; time yourself reading a story aloud to find yours. For Chinese or Japanese, count characters.</source>
        <translation>Votre débit de parole. 140 correspond à un rythme d’entretien posé&#x202f;; chronométrez-vous en lisant une histoire à voix haute pour trouver le vôtre. Pour le chinois ou le japonais, comptez les caractères.</translation>
    </message>
    <message>
        <source>&amp;Pace:</source>
        <translation>&amp;Débit&#xa0;:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Temps de parole</translation>
    </message>
    <message>
        <source>Words per part</source>
        <translation>Mots par partie</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Équilibre</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 over the limit: cut until it fits.</source>
        <translation>%1 au-delà de la limite&#xa0;: coupez jusqu’à ce que cela tienne.</translation>
    </message>
    <message>
        <source>Estimated from the words as you type.</source>
        <translation>Estimé d’après les mots, au fil de la frappe.</translation>
    </message>
    <message>
        <source>%1 to spare.</source>
        <translation>%1 de marge.</translation>
    </message>
    <message>
        <source>Green band: the share interviewers expect. Judged from %1 words on.</source>
        <translation>Bande verte&#xa0;: la part attendue par les recruteurs. Évaluée à partir de %1 mots.</translation>
    </message>
    <message>
        <source>Green band: the share interviewers expect.</source>
        <translation>Bande verte&#xa0;: la part attendue par les recruteurs.</translation>
    </message>
    <message>
        <source>✓ Nothing to fix: the parts are balanced, the result has a number, and it fits the time.</source>
        <translation>✓ Rien à corriger&#xa0;: les parties sont équilibrées, le résultat est chiffré et l’histoire tient dans le temps imparti.</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoryLinks</name>
    <message>
        <source>Unlink</source>
        <translation>Délier</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lier</translation>
    </message>
    <message>
        <source>Questions this story answers</source>
        <translation>Questions auxquelles cette histoire répond</translation>
    </message>
    <message>
        <source>Practice shows the story as a cue card for these questions. Delete unlinks one.</source>
        <translation>L’Entraînement affiche l’histoire comme aide-mémoire pour ces questions. Suppr retire un lien.</translation>
    </message>
    <message>
        <source>Unlink the selected question (Delete)</source>
        <translation>Délier la question sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Find a question to link</source>
        <translation>Trouver une question à lier</translation>
    </message>
    <message>
        <source>Find a question to link (Ctrl+L), then Enter</source>
        <translation>Trouver une question à lier (Ctrl+L), puis Entrée</translation>
    </message>
    <message>
        <source>Questions to link</source>
        <translation>Questions à lier</translation>
    </message>
    <message>
        <source>Link the selected question to this story (Enter)</source>
        <translation>Lier la question sélectionnée à cette histoire (Entrée)</translation>
    </message>
    <message>
        <source>None yet. Link the questions this story answers: Practice then shows it as a cue card.</source>
        <translation>Aucune pour l’instant. Liez les questions auxquelles cette histoire répond&#xa0;: l’Entraînement l’affichera alors comme aide-mémoire.</translation>
    </message>
    <message>
        <source>Q&amp;uestions it answers</source>
        <translation>Q&amp;uestions auxquelles elle répond</translation>
    </message>
    <message>
        <source>Q&amp;uestions it answers (%1)</source>
        <translation>Q&amp;uestions auxquelles elle répond (%1)</translation>
    </message>
    <message>
        <source>The question could not be linked: %1</source>
        <translation>La question n’a pas pu être liée&#xa0;: %1</translation>
    </message>
    <message>
        <source>The question could not be unlinked: %1</source>
        <translation>La question n’a pas pu être déliée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoryQualities</name>
    <message>
        <source>Qualities this story shows</source>
        <translation>Qualités que montre cette histoire</translation>
    </message>
    <message>
        <source>Tick each quality the story is good evidence of. Space ticks the selected one.</source>
        <translation>Cochez chaque qualité dont l’histoire est une bonne preuve. Espace coche celle qui est sélectionnée.</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, de %2</translation>
    </message>
    <message>
        <source>No pack is installed yet: import one with File › Import Pack…</source>
        <translation>Aucun pack n’est encore installé&#xa0;: importez-en un avec Fichier › Importer un pack…</translation>
    </message>
    <message>
        <source>The quality could not be saved: %1</source>
        <translation>La qualité n’a pas pu être sauvegardée&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Qualities it shows</source>
        <translation>&amp;Qualités démontrées</translation>
    </message>
    <message>
        <source>&amp;Qualities it shows (%1)</source>
        <translation>&amp;Qualités démontrées (%1)</translation>
    </message>
</context>
</TS>
