#include "DataRecovery.h"

#include "core/Backups.h"
#include "core/DataDir.h"
#include "core/Database.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent>

namespace rehearse {

namespace {

Q_LOGGING_CATEGORY(logData, "rehearse.app.data")

QString when(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString when(const core::Backups::Backup &backup)
{
    return when(backup.time);
}

} // namespace

bool DataRecovery::openHeadless(core::Database &database, const core::DataDir &dataDir, QString *message)
{
    QString error;
    if (database.open(&error))
        return true;
    if (database.lastFailure() != core::Database::Failure::Damaged) {
        *message = error;
        return false;
    }
    const QList<core::Backups::Backup> backups = core::Backups(dataDir.backupsPath()).list();
    if (backups.isEmpty()) {
        *message = tr("%1 There is no backup to restore. Start Rehearse with its window to keep the damaged file "
                      "aside and start with an empty database.")
                       .arg(error);
    } else {
        *message = tr("%1 Start Rehearse with its window to restore the backup from %2 (%3).")
                       .arg(error, when(backups.first()), QDir::toNativeSeparators(backups.first().path));
    }
    return false;
}

bool DataRecovery::openWithDialog(core::Database &database, const core::DataDir &dataDir)
{
    QString error;
    if (database.open(&error))
        return true;
    QList<core::Backups::Backup> backups = core::Backups(dataDir.backupsPath()).list();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString aside = core::Backups::asidePath(dataDir.databasePath(), now);
    QString damaged; // where the damaged file was put, once it has been
    QDateTime restoredFrom;
    while (database.lastFailure() == core::Database::Failure::Damaged) {
        QMessageBox box(QMessageBox::Critical, tr("Your data is damaged"), error);
        box.setInformativeText(damaged.isEmpty()
                                   ? tr("To restore or start empty, Rehearse first renames the damaged file, "
                                        "unchanged, to %1. Quit leaves everything as it is.")
                                         .arg(QFileInfo(aside).fileName())
                                   : tr("The damaged file was kept as %1.").arg(QDir::toNativeSeparators(damaged)));
        QPushButton *restore = backups.isEmpty()
            ? nullptr
            : box.addButton(tr("Restore the backup from %1").arg(when(backups.first())), QMessageBox::AcceptRole);
        QPushButton *empty = box.addButton(tr("Start with an empty database"), QMessageBox::DestructiveRole);
        QPushButton *quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(restore ? restore : quit);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() != restore && box.clickedButton() != empty)
            return false;

        QString reason;
        const QString path = dataDir.databasePath();
        if (damaged.isEmpty()) {
            damaged = core::Backups::keepAside(path, now, &reason);
            if (damaged.isEmpty()) {
                QMessageBox::critical(
                    nullptr, tr("Rehearse cannot open your data"),
                    tr("The damaged file could not be kept aside (%1). Nothing was changed.").arg(reason));
                return false;
            }
        } else {
            // A restored backup that proved damaged too: a copy, the backup itself stays.
            for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
                QFile::remove(path + suffix);
        }
        if (box.clickedButton() == restore) {
            const core::Backups::Backup backup = backups.takeFirst();
            restoredFrom = backup.time;
            if (!core::Backups::restore(backup, path, &reason)) {
                QMessageBox::critical(nullptr, tr("Rehearse cannot open your data"),
                                      tr("The backup from %1 could not be restored (%2). The damaged file was "
                                         "kept as %3.")
                                          .arg(when(backup), reason, QDir::toNativeSeparators(damaged)));
                return false;
            }
            qCWarning(logData) << "restored the backup" << backup.path;
        }
        if (database.open(&error)) {
            if (box.clickedButton() == restore) {
                QMessageBox::information(
                    nullptr, tr("Backup restored"),
                    tr("Rehearse restored your data as it was on %1. The damaged file, with anything you did "
                       "after that, is kept as %2.")
                        .arg(when(restoredFrom), QDir::toNativeSeparators(damaged)));
            }
            return true;
        }
    }
    QMessageBox::critical(nullptr, tr("Rehearse cannot open your data"), error);
    return false;
}

QString DataRecovery::backUpIfDue(const core::Database &database, const core::DataDir &dataDir)
{
    // A database this start created holds nothing to keep yet.
    if (database.isNew())
        return {};
    QString error;
    core::Backups backups(dataDir.backupsPath());
    if (!backups.createIfDue(database.connection(), QDateTime::currentDateTimeUtc(), &error) && !error.isEmpty()) {
        qCWarning(logData) << "the daily backup was not written:" << error;
        return error;
    }
    return {};
}

QFuture<void> DataRecovery::backUpInBackground(const core::Database &database, const core::DataDir &dataDir)
{
    return QtConcurrent::run([&database, dataDir] {
        backUpIfDue(database, dataDir);
        database.releaseConnection();
    });
}

} // namespace rehearse
