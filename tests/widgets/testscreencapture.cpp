#include "widgets/regionselector.h"
#include "widgets/screencapture.h"

#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace std::chrono_literals;
using sd::widgets::RegionSelector;
using sd::widgets::ScreenCapture;

namespace {

QImage pattern(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qRgb(x % 256, y % 256, (x + y) % 256));
    return image;
}

} // namespace

class TestScreenCapture : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ourWindowIsHiddenWhileGrabbingAndComesBack();
    void blankGrabFailsInPlainWords_data();
    void blankGrabFailsInPlainWords();
    void darkButRealScreenIsCaptured();
    void realGrabEndsEitherWay();
    void regionIsCutFromTheFrozenShot();
    void escapeCancelsTheRegion();
    void secondRequestWhileBusyIsIgnored();

private:
    QImage shotOfScreen() const;

    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<ScreenCapture> m_capture;
};

void TestScreenCapture::init()
{
    m_window = std::make_unique<QWidget>();
    m_window->resize(300, 200);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_capture = std::make_unique<ScreenCapture>();
    m_capture->setWindowsToHide({m_window.get()});
    m_capture->setHideDelay(20ms);
}

void TestScreenCapture::cleanup()
{
    m_capture.reset();
    m_window.reset();
}

QImage TestScreenCapture::shotOfScreen() const
{
    return pattern(QGuiApplication::primaryScreen()->geometry().size());
}

void TestScreenCapture::ourWindowIsHiddenWhileGrabbingAndComesBack()
{
    bool visibleWhileGrabbing = true;
    const QImage shot = shotOfScreen();
    m_capture->setGrabber([&](QScreen *) {
        visibleWhileGrabbing = m_window->isVisible();
        return shot;
    });
    QSignalSpy captured(m_capture.get(), &ScreenCapture::captured);
    m_capture->captureScreen();
    QVERIFY(m_capture->isBusy());
    QVERIFY(!m_window->isVisible());
    QVERIFY(captured.wait());
    QVERIFY(!visibleWhileGrabbing);
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_capture->isBusy());
    QCOMPARE(captured.first().first().value<QImage>(), shot);
}

void TestScreenCapture::blankGrabFailsInPlainWords_data()
{
    QTest::addColumn<QImage>("shot");
    QImage black(640, 480, QImage::Format_RGB32);
    black.fill(Qt::black);
    QImage transparent(640, 480, QImage::Format_ARGB32);
    transparent.fill(Qt::transparent);
    QImage pointerOnly = black.copy();
    pointerOnly.fill(Qt::black);
    QPainter(&pointerOnly).fillRect(QRect(300, 200, 16, 16), Qt::white);
    QTest::addRow("null") << QImage();
    QTest::addRow("black") << black;
    QTest::addRow("transparent") << transparent;
    QTest::addRow("black with the mouse pointer") << pointerOnly;
}

void TestScreenCapture::blankGrabFailsInPlainWords()
{
    QFETCH(QImage, shot);
    m_capture->setGrabber([shot](QScreen *) { return shot; });
    QSignalSpy failed(m_capture.get(), &ScreenCapture::failed);
    QSignalSpy captured(m_capture.get(), &ScreenCapture::captured);
    m_capture->captureRegion();
    QVERIFY(failed.wait());
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(captured.count(), 0);
    QVERIFY(!m_capture->selector());
    QVERIFY(m_window->isVisible());
}

void TestScreenCapture::darkButRealScreenIsCaptured()
{
    QImage dark(640, 480, QImage::Format_RGB32);
    dark.fill(Qt::black);
    QPainter(&dark).fillRect(QRect(10, 10, 200, 20), QColor(200, 200, 200)); // a line of text
    m_capture->setGrabber([dark](QScreen *) { return dark; });
    QSignalSpy captured(m_capture.get(), &ScreenCapture::captured);
    m_capture->captureScreen();
    QVERIFY(captured.wait());
    QCOMPARE(captured.first().first().value<QImage>(), dark);
}

void TestScreenCapture::realGrabEndsEitherWay()
{
    // The real grabber on the offscreen platform this test runs under. Qt 6.4's offscreen
    // screen answered with an 800x800 picture that was all black when run alone and held
    // thousands of stray pixels after the other tests (what the process had allocated
    // before), so only this is certain: the capture ends with one signal and our window is
    // back.
    QSignalSpy failed(m_capture.get(), &ScreenCapture::failed);
    QSignalSpy captured(m_capture.get(), &ScreenCapture::captured);
    m_capture->captureScreen();
    QTRY_COMPARE(failed.count() + captured.count(), 1);
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_capture->isBusy());
}

void TestScreenCapture::regionIsCutFromTheFrozenShot()
{
    const QImage shot = shotOfScreen();
    m_capture->setGrabber([shot](QScreen *) { return shot; });
    QSignalSpy captured(m_capture.get(), &ScreenCapture::captured);
    m_capture->captureRegion();
    QTRY_VERIFY(m_capture->selector());
    RegionSelector *selector = m_capture->selector();
    QVERIFY(QTest::qWaitForWindowExposed(selector));
    QVERIFY(!m_window->isVisible());
    QCOMPARE(selector->size(), QGuiApplication::primaryScreen()->geometry().size());

    QTest::mousePress(selector, Qt::LeftButton, {}, QPoint(300, 250));
    QTest::mouseMove(selector, QPoint(200, 180));
    QTest::mouseMove(selector, QPoint(100, 120));
    QCOMPARE(selector->selection(), QRect(QPoint(100, 120), QPoint(300, 250)));
    QTest::mouseRelease(selector, Qt::LeftButton, {}, QPoint(100, 120));

    QCOMPARE(captured.count(), 1);
    QCOMPARE(captured.first().first().value<QImage>(),
             shot.copy(QRect(QPoint(100, 120), QPoint(300, 250))));
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_capture->selector());
}

void TestScreenCapture::escapeCancelsTheRegion()
{
    const QImage shot = shotOfScreen();
    m_capture->setGrabber([shot](QScreen *) { return shot; });
    QSignalSpy cancelled(m_capture.get(), &ScreenCapture::cancelled);
    QSignalSpy captured(m_capture.get(), &ScreenCapture::captured);
    m_capture->captureWindow();
    QTRY_VERIFY(m_capture->selector());
    // A click is not a selection: the overlay stays.
    QTest::mouseClick(m_capture->selector(), Qt::LeftButton, {}, QPoint(50, 50));
    QVERIFY(m_capture->selector());
    QTest::keyClick(m_capture->selector(), Qt::Key_Escape);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(captured.count(), 0);
    QVERIFY(m_window->isVisible());
    QVERIFY(!m_capture->isBusy());
}

void TestScreenCapture::secondRequestWhileBusyIsIgnored()
{
    int grabs = 0;
    const QImage shot = shotOfScreen();
    m_capture->setGrabber([&](QScreen *) {
        ++grabs;
        return shot;
    });
    QSignalSpy captured(m_capture.get(), &ScreenCapture::captured);
    m_capture->captureScreen();
    m_capture->captureScreen();
    QVERIFY(captured.wait());
    QTest::qWait(100);
    QCOMPARE(grabs, 1);
    QCOMPARE(captured.count(), 1);
}

QTEST_MAIN(TestScreenCapture)
#include "testscreencapture.moc"
