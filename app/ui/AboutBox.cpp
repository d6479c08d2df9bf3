#include "ui/AboutBox.h"

#include "Version.h"

#include <QDir>
#include <QMessageBox>
#include <QUrl>

namespace rehearse::ui {

QString AboutBox::speechComponent()
{
#ifdef REHEARSE_HAVE_POCKETSPHINX
    return tr("<li>PocketSphinx and SphinxBase — BSD-2-Clause, for the rough transcript</li>");
#else
    return {};
#endif
}

QString AboutBox::text(const QString &dataPath)
{
    // Only what the binary links: Qt, GStreamer and GLib, SQLite through Qt SQL and, when
    // built with it, PocketSphinx. Rehearse is GPL-3.0-or-later because Qt Charts is GPL-3.0.
    return tr("<h3>Rehearse %1</h3>"
              "<p>Practise job interviews on camera, offline and private. Nothing you record or write leaves "
              "this computer.</p>"
              "<p>Your data: <a href=\"%2\">%3</a></p>"
              "<p>Licence: GNU General Public License, version 3 or later. You may share and change "
              "Rehearse under its terms; it comes with no warranty.</p>"
              "<p>Built with:</p>"
              "<ul>"
              "<li>Qt %4 — LGPL-3.0; Qt Charts GPL-3.0</li>"
              "<li>SQLite — public domain, through Qt SQL</li>"
              "<li>GStreamer and GLib — LGPL-2.1 or later, for recording and playback</li>"
              "%5"
              "</ul>")
        .arg(QStringLiteral(REHEARSE_VERSION), QUrl::fromLocalFile(dataPath).toString().toHtmlEscaped(),
             QDir::toNativeSeparators(dataPath).toHtmlEscaped(), QString::fromLatin1(qVersion()), speechComponent());
}

QIcon AboutBox::applicationIcon()
{
    QIcon icon(QStringLiteral(":/icons/org.rehearse.Rehearse.svg"));
    // Without Qt's SVG icon engine the PNGs still give a sharp icon.
    for (int size : {48, 128, 256})
        icon.addFile(QStringLiteral(":/icons/%1/org.rehearse.Rehearse.png").arg(size), QSize(size, size));
    return icon;
}

void AboutBox::show(QWidget *parent, const QString &dataPath)
{
    QMessageBox box(parent);
    box.setWindowTitle(tr("About Rehearse"));
    box.setTextFormat(Qt::RichText);
    box.setText(text(dataPath));
    box.setIconPixmap(applicationIcon().pixmap(QSize(64, 64), parent ? parent->devicePixelRatioF() : 1.0));
    box.setStandardButtons(QMessageBox::Close);
    box.exec();
}

} // namespace rehearse::ui
