#pragma once

#include <QString>

class QWidget;

namespace rehearse::test {

// Types text into a widget key by key, as a user does. QTest::keyClicks() takes ASCII
// only; other characters arrive as key events that carry their text, the way an input
// method sends them, and a line break is the Return key. Characters outside the Basic
// Multilingual Plane (emoji) are not supported.
void typeText(QWidget *field, const QString &text);

} // namespace rehearse::test
