#pragma once

// Answers the modal dialogs a GUI flow opens, in order, as a user would (header only: each Test*.cpp is its
// own executable). Each step waits for a visible modal window of its class, then acts on it.

#include <QApplication>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QList>
#include <QObject>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace saylau::test {

class ModalAnswerer : public QObject
{
public:
    struct Step
    {
        const char *className;
        std::function<void(QWidget *)> answer;
    };

    ModalAnswerer()
    {
        // Every turn of the event loop, the nested ones of modal dialogs included, looks for the next dialog.
        m_timer.setInterval(0);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            // Until a scheduled answer starts, the dialog it answers is still up: it is not the next step's.
            if (m_answerScheduled || m_pending.isEmpty() || !modal || !modal->isVisible()
                || !modal->inherits(m_pending.constFirst().className))
                return;
            // Answered from a timer of its own: an answer that opens the next dialog runs a nested event loop,
            // and Qt delivers no timeout of this timer while its own handler is still running.
            m_answerScheduled = true;
            QTimer::singleShot(0, modal, [this, modal, answer = m_pending.takeFirst().answer] {
                m_answerScheduled = false;
                answer(modal);
            });
            if (m_pending.isEmpty())
                m_timer.stop();
        });
    }

    // The file dialog answered with PATH typed into its name field, as a user does.
    static Step chooseFile(const QString &path)
    {
        return {"QFileDialog", [path](QWidget *widget) {
                    auto *dialog = static_cast<QFileDialog *>(widget);
                    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                    name->clear();
                    QTest::keyClicks(name, path);
                    static_cast<QDialog *>(dialog)->accept();
                }};
    }

    void answer(const QList<Step> &steps)
    {
        m_pending = steps;
        m_timer.start();
    }
    bool allAnswered() const { return m_pending.isEmpty(); }

private:
    QList<Step> m_pending;
    bool m_answerScheduled = false;
    QTimer m_timer;
};

} // namespace saylau::test
