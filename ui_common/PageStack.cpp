#include "ui_common/PageStack.h"

#include <QLayout>

namespace antre::ui {

PageStack::PageStack(QWidget* parent) : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize PageStack::sizeHint() const
{
    const QWidget* page = currentWidget();
    return page ? page->sizeHint().expandedTo(page->minimumSize()) : QStackedWidget::sizeHint();
}

QSize PageStack::minimumSizeHint() const
{
    const QWidget* page = currentWidget();
    return page ? page->minimumSizeHint().expandedTo(page->minimumSize()) : QStackedWidget::minimumSizeHint();
}

bool PageStack::hasHeightForWidth() const
{
    const QWidget* page = currentWidget();
    return page && page->hasHeightForWidth();
}

int PageStack::heightForWidth(int width) const
{
    const QWidget* page = currentWidget();
    return page ? page->heightForWidth(width) : -1;
}

} // namespace antre::ui
