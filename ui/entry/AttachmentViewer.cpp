#include "AttachmentViewer.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPixmap>
#include <QWheelEvent>

namespace saylau {

AttachmentViewer::AttachmentViewer(QWidget *parent)
    : QGraphicsView(parent)
    , m_pixmap(new QGraphicsPixmapItem)
{
    setObjectName(QStringLiteral("attachmentViewer"));
    auto *scene = new QGraphicsScene(this);
    scene->addItem(m_pixmap);
    setScene(scene);
    m_pixmap->setTransformationMode(Qt::SmoothTransformation);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setRenderHint(QPainter::SmoothPixmapTransform);
    setBackgroundBrush(QColor(0x45, 0x4a, 0x4f));
    // Reached with the mouse or by a click; keyboard users zoom through the window's actions.
    setFocusPolicy(Qt::ClickFocus);
}

bool AttachmentViewer::showImage(const QByteArray &bytes)
{
    QPixmap pixmap;
    if (!pixmap.loadFromData(bytes)) {
        clearImage();
        return false;
    }
    m_pixmap->setPixmap(pixmap);
    scene()->setSceneRect(m_pixmap->boundingRect());
    fitToView();
    return true;
}

void AttachmentViewer::clearImage()
{
    m_pixmap->setPixmap(QPixmap());
    scene()->setSceneRect(QRectF());
    resetTransform();
}

bool AttachmentViewer::hasImage() const
{
    return !m_pixmap->pixmap().isNull();
}

void AttachmentViewer::zoomIn()
{
    m_fitted = false;
    scale(1.25, 1.25);
}

void AttachmentViewer::zoomOut()
{
    m_fitted = false;
    scale(0.8, 0.8);
}

void AttachmentViewer::fitToView()
{
    m_fitted = true;
    if (hasImage())
        fitInView(m_pixmap, Qt::KeepAspectRatio);
}

double AttachmentViewer::zoom() const
{
    return transform().m11();
}

void AttachmentViewer::wheelEvent(QWheelEvent *event)
{
    if (event->angleDelta().y() > 0)
        zoomIn();
    else if (event->angleDelta().y() < 0)
        zoomOut();
    event->accept();
}

void AttachmentViewer::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Plus || event->key() == Qt::Key_Equal)
        zoomIn();
    else if (event->key() == Qt::Key_Minus)
        zoomOut();
    else if (event->key() == Qt::Key_0)
        fitToView();
    else
        QGraphicsView::keyPressEvent(event);
}

void AttachmentViewer::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToView();
}

} // namespace saylau
