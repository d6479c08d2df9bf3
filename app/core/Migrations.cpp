#include "core/Migrations.h"

namespace rehearse::core {

namespace {

// Version 1: the guide (packs, stages, qualities, questions with full-text search,
// checklist) and the user's STAR stories.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS packs (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            version INTEGER NOT NULL,
            company TEXT NOT NULL,
            role TEXT NOT NULL,
            document TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            removed INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS stages (
            id INTEGER PRIMARY KEY,
            pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
            slug TEXT NOT NULL,
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            what TEXT NOT NULL,
            prepare TEXT NOT NULL,
            retired INTEGER NOT NULL DEFAULT 0,
            UNIQUE (pack_id, slug)))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS qualities (
            id INTEGER PRIMARY KEY,
            pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
            slug TEXT NOT NULL,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            why TEXT NOT NULL,
            how TEXT NOT NULL,
            retired INTEGER NOT NULL DEFAULT 0,
            UNIQUE (pack_id, slug)))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS questions (
            id INTEGER PRIMARY KEY,
            pack_id INTEGER REFERENCES packs(id) ON DELETE SET NULL,
            slug TEXT,
            text TEXT NOT NULL,
            category TEXT NOT NULL,
            stage_id INTEGER REFERENCES stages(id) ON DELETE SET NULL,
            why TEXT NOT NULL DEFAULT '',
            tip TEXT NOT NULL DEFAULT '',
            tags TEXT NOT NULL DEFAULT '',
            own INTEGER NOT NULL DEFAULT 0,
            hidden INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            UNIQUE (pack_id, slug)))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS questions_pack ON questions(pack_id, archived)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS question_qualities (
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            quality_id INTEGER NOT NULL REFERENCES qualities(id) ON DELETE CASCADE,
            PRIMARY KEY (question_id, quality_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE IF NOT EXISTS questions_fts USING fts5(
            text, tip, tags,
            content='questions', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'))"),
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS questions_fts_insert AFTER INSERT ON questions BEGIN
            INSERT INTO questions_fts(rowid, text, tip, tags) VALUES (new.id, new.text, new.tip, new.tags);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS questions_fts_delete AFTER DELETE ON questions BEGIN
            INSERT INTO questions_fts(questions_fts, rowid, text, tip, tags)
                VALUES ('delete', old.id, old.text, old.tip, old.tags);
            END)"),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS questions_fts_update AFTER UPDATE OF text, tip, tags ON questions BEGIN
            INSERT INTO questions_fts(questions_fts, rowid, text, tip, tags)
                VALUES ('delete', old.id, old.text, old.tip, old.tags);
            INSERT INTO questions_fts(rowid, text, tip, tags) VALUES (new.id, new.text, new.tip, new.tags);
            END)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS checklist_items (
            id INTEGER PRIMARY KEY,
            pack_id INTEGER NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
            slug TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            UNIQUE (pack_id, slug)))"),
        // Ticks are user data: keyed by slugs so that no pack update can touch them.
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS checklist_ticks (
            pack_slug TEXT NOT NULL,
            item_slug TEXT NOT NULL,
            ticked_at TEXT NOT NULL,
            PRIMARY KEY (pack_slug, item_slug)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS stories (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            situation TEXT NOT NULL DEFAULT '',
            task TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS story_qualities (
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            quality_id INTEGER NOT NULL REFERENCES qualities(id) ON DELETE CASCADE,
            PRIMARY KEY (story_id, quality_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS story_questions (
            story_id INTEGER NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
            PRIMARY KEY (story_id, question_id)) WITHOUT ROWID)"),
    };
}

// Version 2: practice and review — attempts, the rubric and its scores, bookmarks and
// the spaced-repetition schedule.
QStringList version2()
{
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS attempts (
            id INTEGER PRIMARY KEY,
            question_id INTEGER NOT NULL REFERENCES questions(id) ON DELETE RESTRICT,
            started_at TEXT NOT NULL,
            prep_ms INTEGER NOT NULL DEFAULT 0,
            limit_ms INTEGER NOT NULL DEFAULT 0,
            duration_ms INTEGER NOT NULL DEFAULT 0,
            file TEXT NOT NULL DEFAULT '',
            mode TEXT NOT NULL CHECK (mode IN ('video', 'audio')),
            state TEXT NOT NULL CHECK (state IN ('recording', 'complete', 'recovered', 'failed')),
            camera TEXT NOT NULL DEFAULT '',
            microphone TEXT NOT NULL DEFAULT '',
            story_id INTEGER REFERENCES stories(id) ON DELETE SET NULL,
            mock_id TEXT,
            overall_score INTEGER CHECK (overall_score BETWEEN 1 AND 5),
            notes TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS attempts_question ON attempts(question_id, started_at)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS rubric_criteria (
            id INTEGER PRIMARY KEY,
            slug TEXT NOT NULL UNIQUE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            description TEXT NOT NULL,
            level1 TEXT NOT NULL,
            level3 TEXT NOT NULL,
            level5 TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS attempt_scores (
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            criterion_id INTEGER NOT NULL REFERENCES rubric_criteria(id) ON DELETE CASCADE,
            score INTEGER NOT NULL CHECK (score BETWEEN 1 AND 5),
            PRIMARY KEY (attempt_id, criterion_id)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS bookmarks (
            id INTEGER PRIMARY KEY,
            attempt_id INTEGER NOT NULL REFERENCES attempts(id) ON DELETE CASCADE,
            position_ms INTEGER NOT NULL,
            text TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS schedule (
            question_id INTEGER PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
            due_at TEXT NOT NULL,
            interval_days REAL NOT NULL,
            streak INTEGER NOT NULL DEFAULT 0,
            last_score INTEGER,
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(INSERT OR IGNORE INTO rubric_criteria
            (slug, position, name, description, level1, level3, level5) VALUES
            ('structure', 1, 'STAR structure', 'Situation, task, action and result, in that order.',
             'No clear order; the listener cannot tell what happened.',
             'The parts are there but one is thin or out of order.',
             'Each part is clear and the result closes the story.'),
            ('relevance', 2, 'Relevance', 'The answer addresses the question that was asked.',
             'Answers a different question.',
             'Mostly on topic with some drift.',
             'Every part serves the question.'),
            ('specifics', 3, 'Specifics and result', 'Concrete details and a measurable outcome.',
             'General claims, no numbers.',
             'Some detail; the result is vague.',
             'Specific actions and a number for the result.'),
            ('ownership', 4, 'Ownership', 'Says what I did, not what we did.',
             'Only "we"; own role unclear.',
             'Own role visible but shared with "we".',
             'Clear "I" decisions and actions, credit given fairly.'),
            ('conciseness', 5, 'Conciseness', 'Fits the time and keeps to what matters.',
             'Runs out of time or rambles.',
             'Some padding; finishes near the limit.',
             'Tight, finished with time to spare.'),
            ('delivery', 6, 'Delivery', 'Pace, pauses and clarity that can be heard on the recording.',
             'Hard to follow: very fast, very slow or many fillers.',
             'Understandable with some fillers or long pauses.',
             'Even pace, few fillers, easy to follow.'))"),
    };
}

// Version 3: the question bank. Tags the user adds to any question (pack questions keep
// theirs from the pack), and a search index over the question and all its tags with
// prefix indexes, so that search as you type stays fast on a large bank. (Searching a
// column subset of a wider index was measured four times slower, so the tip is left out.)
QStringList version3()
{
    const QString allTags = QStringLiteral(
        "trim(%1.tags || ' ' || coalesce((SELECT tags FROM question_user_tags WHERE question_id = %1.id), ''))");
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS question_user_tags (
            question_id INTEGER PRIMARY KEY REFERENCES questions(id) ON DELETE CASCADE,
            tags TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("DROP TRIGGER IF EXISTS questions_fts_insert"),
        QStringLiteral("DROP TRIGGER IF EXISTS questions_fts_delete"),
        QStringLiteral("DROP TRIGGER IF EXISTS questions_fts_update"),
        QStringLiteral("DROP TABLE IF EXISTS questions_fts"),
        QStringLiteral(R"(CREATE VIRTUAL TABLE IF NOT EXISTS questions_search USING fts5(
            text, tags,
            prefix='1 2 3',
            tokenize='unicode61 remove_diacritics 2'))"),
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS questions_search_insert AFTER INSERT ON questions BEGIN
            INSERT INTO questions_search(rowid, text, tags) VALUES (new.id, new.text, %1);
            END)")
            .arg(allTags.arg(QStringLiteral("new"))),
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS questions_search_delete AFTER DELETE ON questions BEGIN
            DELETE FROM questions_search WHERE rowid = old.id;
            END)"),
        QStringLiteral(R"(CREATE TRIGGER IF NOT EXISTS questions_search_update
            AFTER UPDATE OF text, tags ON questions BEGIN
            UPDATE questions_search SET text = new.text, tags = %1 WHERE rowid = new.id;
            END)")
            .arg(allTags.arg(QStringLiteral("new"))),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS question_user_tags_insert AFTER INSERT ON question_user_tags BEGIN
            UPDATE questions_search SET tags = (SELECT %1 FROM questions q WHERE q.id = new.question_id)
                WHERE rowid = new.question_id;
            END)")
            .arg(allTags.arg(QStringLiteral("q"))),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS question_user_tags_update AFTER UPDATE ON question_user_tags BEGIN
            UPDATE questions_search SET tags = (SELECT %1 FROM questions q WHERE q.id = new.question_id)
                WHERE rowid = new.question_id;
            END)")
            .arg(allTags.arg(QStringLiteral("q"))),
        QStringLiteral(
            R"(CREATE TRIGGER IF NOT EXISTS question_user_tags_delete AFTER DELETE ON question_user_tags BEGIN
            UPDATE questions_search SET tags = (SELECT q.tags FROM questions q WHERE q.id = old.question_id)
                WHERE rowid = old.question_id;
            END)"),
        QStringLiteral(R"(INSERT INTO questions_search(rowid, text, tags)
            SELECT q.id, q.text, %1 FROM questions q
            WHERE q.id NOT IN (SELECT rowid FROM questions_search))")
            .arg(allTags.arg(QStringLiteral("q"))),
        QStringLiteral("CREATE INDEX IF NOT EXISTS questions_category ON questions(category)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS questions_stage ON questions(stage_id)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS question_qualities_quality ON question_qualities(quality_id)"),
    };
}

// Version 4: the user's own interview — which pack, when, and the stage they are at —
// and the questions they will ask the interviewers.
QStringList version4()
{
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS interview_plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            pack_slug TEXT NOT NULL DEFAULT '',
            interview_date TEXT NOT NULL DEFAULT '',
            stage_slug TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS questions_to_ask (
            id INTEGER PRIMARY KEY,
            pack_slug TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            created_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS questions_to_ask_pack ON questions_to_ask(pack_slug, position)"),
    };
}

// Version 5: what the speech analysis of an answer measured (issue #10), one row per
// attempt, replaced when the answer is analysed again. The figures Progress charts are
// columns; the stretches of speech, the pauses and the words of the rough transcript are
// compact JSON in detail, because they are only ever read whole, for one answer.
QStringList version5()
{
    return {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS speech_figures (
            attempt_id INTEGER PRIMARY KEY REFERENCES attempts(id) ON DELETE CASCADE,
            status TEXT NOT NULL CHECK (status IN ('ok', 'no-speech', 'no-audio', 'failed')),
            error TEXT NOT NULL DEFAULT '',
            analyzer_version INTEGER NOT NULL,
            analysed_at TEXT NOT NULL,
            duration_ms INTEGER NOT NULL DEFAULT 0,
            speaking_ms INTEGER NOT NULL DEFAULT 0,
            pause_count INTEGER NOT NULL DEFAULT 0,
            loudness_dbfs REAL NOT NULL DEFAULT -120,
            peak_dbfs REAL NOT NULL DEFAULT -120,
            clipped_percent REAL NOT NULL DEFAULT 0,
            transcript_available INTEGER NOT NULL DEFAULT 0,
            word_count INTEGER NOT NULL DEFAULT 0,
            words_per_minute REAL NOT NULL DEFAULT 0,
            filler_count INTEGER NOT NULL DEFAULT 0,
            fillers_per_minute REAL NOT NULL DEFAULT 0,
            detail TEXT NOT NULL DEFAULT '{}'))"),
    };
}

} // namespace

QStringList Migrations::statementsFor(int version)
{
    switch (version) {
    case 1:
        return version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    default:
        return {};
    }
}

} // namespace rehearse::core
