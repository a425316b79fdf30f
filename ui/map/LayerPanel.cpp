// SPDX-License-Identifier: MIT
#include "LayerPanel.h"

#include "MapCanvas.h"

#include <QFileDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace gpuplan {
namespace {

constexpr int kLayerIndexRole = Qt::UserRole;

} // namespace

LayerPanel::LayerPanel(MapCanvas* canvas, QWidget* parent) : QWidget(parent), m_canvas(canvas)
{
    setObjectName(QStringLiteral("layerPanel"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("layerList"));
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* add = new QPushButton(tr("Add vector layer…"));
    add->setObjectName(QStringLiteral("addVectorLayerButton"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_list);
    layout->addWidget(add);
    layout->addStretch();

    MapLayers* layers = m_canvas->layers();
    connect(layers, &MapLayers::layersChanged, this, &LayerPanel::refresh);
    connect(layers, &MapLayers::visibilityChanged, this, &LayerPanel::onVisibilityChanged);
    connect(m_list, &QListWidget::itemChanged, this, &LayerPanel::onItemChanged);
    connect(add, &QPushButton::clicked, this, &LayerPanel::chooseVectorLayer);
    refresh();
}

void LayerPanel::refresh()
{
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    const MapLayers* layers = m_canvas->layers();
    for (int index = layers->count() - 1; index >= 0; --index) {
        auto* item = new QListWidgetItem(layers->title(index), m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(layers->isVisible(index) ? Qt::Checked : Qt::Unchecked);
        item->setData(kLayerIndexRole, index);
        item->setData(Qt::AccessibleTextRole, layers->id(index));
    }
}

void LayerPanel::onItemChanged(QListWidgetItem* item)
{
    m_canvas->layers()->setVisible(item->data(kLayerIndexRole).toInt(),
                                   item->checkState() == Qt::Checked);
}

void LayerPanel::onVisibilityChanged(int index, bool visible)
{
    const QSignalBlocker blocker(m_list);
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(kLayerIndexRole).toInt() == index)
            item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
    }
}

void LayerPanel::chooseVectorLayer()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add vector layer"), QString(),
        tr("Vector files (*.gpkg *.shp *.geojson *.json *.kml *.gml *.csv);;All files (*)"));
    if (!path.isEmpty())
        addVectorLayerFile(path);
}

bool LayerPanel::addVectorLayerFile(const QString& path)
{
    QString error;
    if (m_canvas->addVectorLayer(path, &error))
        return true;
    QMessageBox::warning(this, tr("Cannot add layer"), error);
    return false;
}

} // namespace gpuplan
