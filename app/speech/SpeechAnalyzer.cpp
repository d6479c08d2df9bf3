#include "SpeechAnalyzer.h"

// Placeholder so the tree builds while the analyser is written (issue #10).
namespace rehearse::speech {

SpeechFigures SpeechAnalyzer::analyze(const QString &, const Options &, const std::atomic_bool *,
                                      const std::function<void(int)> &)
{
    SpeechFigures figures;
    figures.status = SpeechFigures::Status::Failed;
    figures.error = QStringLiteral("not implemented yet");
    return figures;
}

bool SpeechAnalyzer::transcriptionAvailable(const Options &) { return false; }
QString SpeechAnalyzer::transcriptionUnavailableReason(const Options &) { return {}; }
bool SpeechAnalyzer::isFiller(const QString &) { return false; }

}  // namespace rehearse::speech
