#include "guibench.h"

#include "client/replica.h"
#include "client/ticketfilter.h"
#include "figure.h"
#include "latencies.h"
#include "processstats.h"
#include "widgets/tickettablemodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>

namespace sd::bench {

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void paint(QTableView &view)
{
    view.viewport()->repaint();
}

// What an agent types into the filter: words, a ticket number, corrections.
QStringList keystrokes(int count)
{
    const QString typed =
        QStringLiteral("печ\bчатается\b\b\b\b\b\b\b\b\b\b\b\bsd-2026-00012\b\b\b\b"
                       "\b\b\b\b\b\b\b\b\bcustomer 42\b\b\b\b\b\b\b\b\b\b\b"
                       "invoice");
    QStringList texts;
    QString text;
    for (const QChar c : typed) {
        if (texts.size() == count)
            break;
        if (c == u'\b')
            text.chop(1);
        else
            text.append(c);
        texts.append(text);
    }
    return texts;
}

} // namespace

int GuiBench::run(const QString &replicaPath, int keystrokeCount, int scrollRows)
{
    auto replica = client::Replica::open(replicaPath);
    if (!replica) {
        QTextStream(stderr) << replica.error().message << Qt::endl;
        return 1;
    }
    QTableView view;
    view.resize(1280, 800);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.verticalHeader()->hide();

    QElapsedTimer timer;
    timer.start();
    widgets::TicketTableModel model(*replica.value());
    client::TicketFilter everything;
    everything.view = client::TicketFilter::View::Everything;
    model.setFilter(everything);
    model.load();
    view.setModel(&model);
    view.show();
    paint(view);
    printFigure(QStringLiteral("gui.first_paint"), ms(timer), QStringLiteral("ms"));
    QEventLoop wait;
    QObject::connect(&model, &widgets::TicketTableModel::loaded, &wait, &QEventLoop::quit);
    QObject::connect(&model, &widgets::TicketTableModel::loadFailed, &wait, &QEventLoop::quit);
    if (!model.isLoaded())
        wait.exec();
    paint(view);
    printFigure(QStringLiteral("gui.full_load"), ms(timer), QStringLiteral("ms"));
    printFigure(QStringLiteral("gui.rows"), model.rowCount(), QStringLiteral("rows"));

    Latencies filter;
    Latencies filterModel;
    client::TicketFilter typed = everything;
    for (const QString &text : keystrokes(keystrokeCount)) {
        typed.text = text;
        timer.restart();
        model.setFilter(typed);
        filterModel.add(ms(timer));
        paint(view);
        filter.add(ms(timer));
    }
    printFigure(QStringLiteral("gui.filter.p50"), filter.percentile(50), QStringLiteral("ms"));
    printFigure(QStringLiteral("gui.filter.p95"), filter.percentile(95), QStringLiteral("ms"));
    // The same keystrokes without the repaint: what the model's filter alone costs.
    printFigure(QStringLiteral("gui.filter.model_p95"), filterModel.percentile(95),
                QStringLiteral("ms"));
    typed.text.clear();
    model.setFilter(typed);

    for (int column = 0; column < client::TicketColumnCount; ++column) {
        timer.restart();
        model.sort(column, Qt::AscendingOrder);
        paint(view);
        const QString name = model.headerData(column, Qt::Horizontal).toString();
        printFigure(QStringLiteral("gui.sort.%1").arg(column), ms(timer), QStringLiteral("ms"));
        QTextStream(stdout) << "  (column " << column << ": " << name << ")" << Qt::endl;
    }

    Latencies scroll;
    QScrollBar *bar = view.verticalScrollBar();
    const int page = qMax(1, bar->pageStep());
    timer.restart();
    for (int row = 0; row < scrollRows; row += page) {
        QElapsedTimer step;
        step.start();
        bar->setValue(row);
        paint(view);
        scroll.add(ms(step));
    }
    printFigure(QStringLiteral("gui.scroll.total"), ms(timer), QStringLiteral("ms"));
    printFigure(QStringLiteral("gui.scroll.page_p95"), scroll.percentile(95), QStringLiteral("ms"));
    printFigure(QStringLiteral("gui.peak_rss"), ProcessStats::peakMegabytes(),
                QStringLiteral("MiB"));
    return 0;
}

} // namespace sd::bench
