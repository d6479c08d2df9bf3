#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace rehearse::core {

// A company + role interview guide, as read from a pack file (format 1, see
// resources/packs/README.md). Plain values; PackReader fills it, PackImporter stores it.

struct PackStage {
    QString id;
    QString title;
    QString what;
    QString prepare;
    QString duration;
};

struct PackQuality {
    QString id;
    QString name;
    QString why;
    QString how;
};

struct PackQuestion {
    QString id;
    QString text;
    QString category;
    QString stage;
    QStringList qualities;
    QString why;
    QString tip;
    QStringList tags;
};

struct PackChecklistItem {
    QString id;
    QString text;
};

struct PackFaq {
    QString question;
    QString answer;
};

struct PackCompensation {
    QString range;
    QString summary;
    QStringList benefits;
};

struct Pack {
    int format = 0;
    QString id;
    int version = 0;
    QString company;
    QString role;
    QString sector;
    QString summary;
    QStringList overview;
    int minWeeks = 0;
    int maxWeeks = 0;
    QList<PackStage> stages;
    QList<PackQuality> qualities;
    QList<PackQuestion> questions;
    QList<PackChecklistItem> checklist;
    QStringList mistakes;
    QList<PackFaq> faq;
    PackCompensation compensation;
    QStringList application;

    QString title() const { return company + QStringLiteral(" — ") + role; }
};

} // namespace rehearse::core
