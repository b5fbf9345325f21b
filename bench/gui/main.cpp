// bench-gui: the workstation's ticket table over a replica of 1,000,000 tickets (--quick:
// 100,000), offscreen. Prints gui.first_paint, gui.filter.p50/p95, gui.sort.<column>,
// gui.scroll.*, gui.peak_rss. Targets (issue 5): first paint <= 500 ms, filter p95 <= 50 ms,
// RSS <= 600 MB.
#include "figure.h"
#include "guibench.h"
#include "guidataset.h"
#include "processstats.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    const int tickets = quick ? 100'000 : 1'000'000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("replica.db"));
    QElapsedTimer timer;
    timer.start();
    if (const QString error = sd::bench::GuiDataset::create(path, tickets); !error.isEmpty()) {
        QTextStream(stderr) << "bench-gui: " << error << Qt::endl;
        return 1;
    }
    sd::bench::printFigure(QStringLiteral("gui.dataset_seconds"), double(timer.elapsed()) / 1000,
                           QStringLiteral("s"));
    sd::bench::printFigure(QStringLiteral("gui.tickets"), tickets, QStringLiteral("tickets"));
    sd::bench::ProcessStats::resetPeak();
    return sd::bench::GuiBench::run(path, 50, 10'000);
}
