#pragma once

#include "core/Pack.h"

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
        QString title() const { return company + QStringLiteral(" — ") + role; }
    };

    explicit PackRepository(QSqlDatabase db);

    QList<Entry> installed() const;
    // The whole guide of one pack, read back from the stored document; empty on failure.
    Pack load(const QString &slug) const;

    QSet<QString> tickedItems(const QString &packSlug) const;
    bool setTicked(const QString &packSlug, const QString &itemSlug, bool ticked);

private:
    QSqlDatabase m_db;
};

} // namespace rehearse::core
