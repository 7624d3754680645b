#pragma once

// The 2021 Mazhilis contest as the kz-2021 presets make it (form, ballot in the CEC's drawn order, 98 seats),
// built in code for tests that need a real party-list contest without a campaign file.

#include "domain/Contest.h"
#include "io/PresetLibrary.h"

inline saylau::Contest mazhilisContest()
{
    saylau::Contest contest;
    contest.id = QStringLiteral("mazhilis");
    contest.name = QStringLiteral("Mazhilis");
    contest.form = saylau::PresetLibrary::form(QStringLiteral("kz-2021"));
    contest.ballot = saylau::PresetLibrary::ballot(QStringLiteral("kz-2021"));
    contest.seats = 98;
    return contest;
}
