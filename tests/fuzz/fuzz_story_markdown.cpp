// The story Markdown reader on any text: it never crashes, and the stories it reads are
// written to Markdown that reads back to the same stories. Carriage returns count as
// spaces in the comparison: the reader keeps a CR inside a line or doubled at its end,
// which the writer turns into a space or a line end.
#include "FuzzCheck.h"

#include "core/StoryMarkdown.h"

using namespace rehearse;

namespace {

// CRs as spaces, and no spaces at line ends.
QString withoutCr(const QString &text)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        line.replace(u'\r', u' ');
        while (line.endsWith(u' '))
            line.chop(1);
    }
    return lines.join(u'\n');
}

bool sameStory(const core::StoryEntry &a, const core::StoryEntry &b)
{
    if (withoutCr(a.story.title).simplified() != withoutCr(b.story.title).simplified())
        return false;
    for (const core::StoryPart part : core::StarParts) {
        if (withoutCr(a.story.text(part)).trimmed() != withoutCr(b.story.text(part)).trimmed())
            return false;
    }
    const auto sameItems = [](const QList<core::StoryEntry::Item> &x, const QList<core::StoryEntry::Item> &y) {
        if (x.size() != y.size())
            return false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (withoutCr(x[i].text).simplified() != withoutCr(y[i].text).simplified())
                return false;
        }
        return true;
    };
    return sameItems(a.qualities, b.qualities) && sameItems(a.questions, b.questions);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const core::StoryMarkdown::Parsed parsed = core::StoryMarkdown::parse(QString::fromUtf8(fuzz::bytes(data, size)));
    FUZZ_CHECK(!parsed.entries.isEmpty() || !parsed.issues.isEmpty());
    for (const core::StoryMarkdown::Issue &issue : parsed.issues)
        FUZZ_CHECK(issue.line >= 0 && !issue.reason.isEmpty());
    if (parsed.entries.isEmpty())
        return 0;

    const core::StoryMarkdown::Parsed again = core::StoryMarkdown::parse(core::StoryMarkdown::write(parsed.entries));
    FUZZ_CHECK(again.issues.isEmpty());
    FUZZ_CHECK(again.entries.size() == parsed.entries.size());
    for (qsizetype i = 0; i < again.entries.size(); ++i)
        FUZZ_CHECK(sameStory(again.entries[i], parsed.entries[i]));
    return 0;
}
