<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CommandLine</name>
    <message>
        <source>Practise job interviews on camera, offline and private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and recordings in &lt;dir&gt; instead of the usual place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the pack &lt;file&gt; without opening a window, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pack file to offer for import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at most one file to open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>The attempt no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot delete %1 (%2). The attempt was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists but is not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not writable: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable Rehearse database (%2). It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Rehearse (data version %2; this version reads up to %3). Nothing was changed. Update Rehearse to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot copy the database aside before upgrading it (%1). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed (%2). It was left at version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added pack &quot;%1&quot; (version %2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack &quot;%1&quot; (version %2) was already installed; refreshed its content: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated pack &quot;%1&quot; from version %2 to %3: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stages (%2 new), %3 qualities (%4 new), %5 questions (%6 new, %7 archived), %8 checklist items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is larger than 5 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shipped pack %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a newer version (%1) of this pack is already installed; this file is version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pack was not imported: %1. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preparation time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation time in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer time limit in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Questions in a mock interview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions in a mock interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Camera:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>rehearse: %1 is not a valid pack; nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse cannot open your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import pack?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the pack %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::media::AnswerRecorder</name>
    <message>
        <source>No microphone was found, or no sound server is running. Connect a microphone, choose it in Settings and try again. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write recordings to %1. Check that the folder exists and is writable. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The microphone &quot;%1&quot; was disconnected. The recording stopped; what was recorded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera &quot;%1&quot; was disconnected. The recording stopped; what was recorded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::media::CaptureWorker</name>
    <message>
        <source>The camera stopped working (%1). The recording was stopped; what was recorded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recording is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording could not start: %1. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorder finished without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recorder reported a problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped: the disk is full or the recordings folder cannot be written (%1). What was recorded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording stopped: %1. What was recorded is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::media::PracticeController</name>
    <message>
        <source>The attempt could not be stored (%1). Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording cannot be played back (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording has no sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording has no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording is %1 s long, but %2 s were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was kept in your recordings folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording did not finish in time. The file was kept and will be checked the next time Rehearse starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::media::RecordingProbe</name>
    <message>
        <source>the file could not be read back in time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::AnswerPlayer</name>
    <message>
        <source>Sound only — this answer was recorded without a camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play or pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::GuidePanel</name>
    <message>
        <source>No interview guide yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a company pack with File › Import Pack… (Ctrl+O) to see how that company interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 weeks from first contact to offer · %3 stages · %4 questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to prepare: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 looks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparation checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common mistakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frequently asked questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay and benefits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon. Every recorded answer with its date, length and scores: replay it, score it against the rubric, add notes and bookmarks, and compare two attempts side by side.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::MainWindow</name>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a Pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse packs (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a valid pack, so nothing was imported. Fix the problems below and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Rehearse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rehearse %1&lt;/h3&gt;&lt;p&gt;Practise job interviews on camera, offline and private. Nothing you record or write leaves this computer.&lt;/p&gt;&lt;p&gt;Your data: &lt;a href=&quot;%2&quot;&gt;%3&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %4, SQLite and GStreamer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::PracticePanel</name>
    <message>
        <source>Introduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me about yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question to practise, next up first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mock interview (%1 questions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound only: the camera is switched off in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found: answers will be recorded as sound only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questions to practise yet. Import a pack with File › Import Pack…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your story: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no question to practise. Import a pack or add your own questions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard this answer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recording so far will be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings can be changed between answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start preparing (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready when you are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record now (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare your answer. Recording starts by itself when the time is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next question (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise the next question (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Return for the next question, Ctrl+R to retake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R to retake, Ctrl+Return for another question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Recording — less than %1 seconds left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon. Charts of your scores per rubric criterion over time, attempts per week, answer length against the time limit, and coverage of each quality.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::QuestionsPanel</name>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon. The question bank: search as you type, filter by stage, category and quality, write your own questions, and import or export them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::SettingsDialog</name>
    <message>
        <source>%1 (not connected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera — record sound only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No microphone found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::ShortcutsDialog</name>
    <message>
        <source>Show the interview guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show your STAR stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the history of attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: start preparing, record now, stop recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: cancel the current attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: retake the same question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practice: next question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings: practice times, camera and microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rehearse::ui::StoriesPanel</name>
    <message>
        <source>Stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming soon. The STAR story workshop: write six to eight stories in situation, task, action and result form, tie each to the qualities the company screens for, and see which qualities still lack a story.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
