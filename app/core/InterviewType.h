#pragma once

#include <QString>
#include <QStringList>

namespace rehearse::core {

// The kinds of interview a practice can be drawn from ("Choose your interview type").
enum class InterviewType { TellMeAboutYourself, Behavioural, Technical, SystemDesign, Mixed };

// The question categories each type draws from; empty means every category.
QStringList categoriesFor(InterviewType type);

} // namespace rehearse::core
