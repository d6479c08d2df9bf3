#pragma once

#include <QList>

class QWidget;

namespace rehearse::ui {

// Puts widgets in the Tab order one after the other, as given: for layouts whose reading
// order differs from the order their controls were made in.
void setTabChain(const QList<QWidget *> &widgets);

} // namespace rehearse::ui
