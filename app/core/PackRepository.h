#pragma once

#include "core/Pack.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>

namespace rehearse::core {

// Reads the installed packs and keeps the user's checklist ticks.
class PackRepository final {
public:
    struct Entry {
        qint64 id = 0;
        QString slug;
        QString company;
        QString role;
        int version = 0;
        bool removed = false;
        int questions = 0; // its questions in the bank (not archived)
        QString title() const { return company + QStringLiteral(" — ") + role; }
    };

    explicit PackRepository(QSqlDatabase db);

    QList<Entry> installed() const;
    // Installed and removed packs, for Manage Packs.
    QList<Entry> all() const;
    // The stored document of a pack, installed or removed (to add a removed pack back).
    QByteArray document(const QString &slug) const;
    // Removes a pack from view: its questions are archived, not deleted, so stories,
    // attempts and scores that point at them stay; importing the pack again brings them
    // back. One transaction.
    bool remove(const QString &slug, QString *error = nullptr);
    // Titles of the user's stories tagged with each quality of the pack, by quality id
    // (slug in the pack file).
    QHash<QString, QStringList> storiesByQuality(const QString &packSlug) const;
    // The whole guide of one pack, read back from the stored document; empty on failure.
    Pack load(const QString &slug) const;

    QSet<QString> tickedItems(const QString &packSlug) const;
    bool setTicked(const QString &packSlug, const QString &itemSlug, bool ticked);

private:
    QSqlDatabase m_db;
};

} // namespace rehearse::core
