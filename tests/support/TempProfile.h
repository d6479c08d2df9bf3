#pragma once

#include "core/DataDir.h"
#include "core/Database.h"

#include <QTemporaryDir>

#include <memory>

namespace rehearse::test {

// A throw-away data folder with an open database: the mini pack, the shipped packs, or
// both imported. What every test that needs a profile starts from.
class TempProfile final {
public:
    enum Packs { MiniPack = 1, ShippedPacks = 2 };

    explicit TempProfile(int packs = MiniPack);

    bool isValid() const { return m_valid; }
    QString path() const { return m_dir.path(); }
    core::DataDir dataDir() const { return core::DataDir(m_dir.path()); }
    core::Database &database() { return *m_db; }
    QSqlDatabase connection() const { return m_db->connection(); }
    qint64 questionId(const QString &slug) const;
    // Closes the database and opens it again, as the next start of the app would.
    void reopen();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<core::Database> m_db;
    bool m_valid = false;
};

} // namespace rehearse::test
