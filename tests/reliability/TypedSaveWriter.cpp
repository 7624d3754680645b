// A writer for the reliability tests (the CLI has no typed save): `TypedSaveWriter FILE FIRST COUNT` makes
// typed saves FIRST .. FIRST+COUNT-1 (reliability::typedSave) into FILE, printing "saved N" after each
// commit. Exit 0 when all are saved, 2 with the message on stderr otherwise.

#include "ReliabilityFixture.h"

#include "domain/SaylauError.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.size() != 4) {
        err << "usage: TypedSaveWriter FILE FIRST COUNT" << Qt::endl;
        return 2;
    }
    try {
        auto store = saylau::CampaignStore::open(arguments.at(1));
        const int first = arguments.at(2).toInt();
        const int count = arguments.at(3).toInt();
        for (int step = first; step < first + count; ++step) {
            saylau::reliability::typedSave(*store, step);
            out << "saved " << step << Qt::endl;
        }
    } catch (const saylau::SaylauError &error) {
        err << error.message() << Qt::endl;
        return 2;
    }
    return 0;
}
