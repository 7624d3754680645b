#pragma once

#include <QGraphicsView>

class QGraphicsPixmapItem;

namespace saylau {

// A photo of the paper protocol beside the form: fitted to the view at first, zoomed with the wheel or
// Ctrl+plus/minus, panned by dragging or with the arrow keys, so a smudged digit can be read at full size.
class AttachmentViewer : public QGraphicsView
{
    Q_OBJECT

public:
    explicit AttachmentViewer(QWidget *parent = nullptr);

    // False when the bytes are not an image this Qt can read; the view is cleared then.
    bool showImage(const QByteArray &bytes);
    void clearImage();
    bool hasImage() const;

    void zoomIn();
    void zoomOut();
    void fitToView();
    double zoom() const;

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QGraphicsPixmapItem *m_pixmap;
    bool m_fitted = true;
};

} // namespace saylau
