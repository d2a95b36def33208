// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

constexpr QSize previewSize(480, 300);

} // namespace

struct ExportDialog::Private
{
    Subject subject = Subject::Chart;
    PictureSource source;
    QString baseName;

    QLabel *formatLabel = nullptr;
    QComboBox *formatBox = nullptr;
    QLabel *sizeLabel = nullptr;
    QSpinBox *widthBox = nullptr;
    QSpinBox *heightBox = nullptr;
    QLabel *byLabel = nullptr;
    QLabel *scaleLabel = nullptr;
    QComboBox *scaleBox = nullptr;
    QLabel *pixelsLabel = nullptr;
    QLabel *themeLabel = nullptr;
    QComboBox *themeBox = nullptr;
    QLabel *rangeLabel = nullptr;
    QRadioButton *windowButton = nullptr;
    QRadioButton *wholeButton = nullptr;
    QLabel *preview = nullptr;
    QLabel *status = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *saveButton = nullptr;
    QPushButton *copyButton = nullptr;
    QTimer *previewTimer = nullptr;
};

ExportDialog::ExportDialog(Subject subject, PictureSource source, const QString &baseName,
                           QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->subject = subject;
    d->source = std::move(source);
    d->baseName = baseName;

    d->formatLabel = new QLabel(this);
    d->formatBox = new QComboBox(this);
    d->formatBox->setObjectName(u"format"_s);
    d->formatLabel->setBuddy(d->formatBox);
    for (int i = 0; i < 3; ++i)
        d->formatBox->addItem(QString(), i);

    d->sizeLabel = new QLabel(this);
    d->widthBox = new QSpinBox(this);
    d->widthBox->setObjectName(u"width"_s);
    d->heightBox = new QSpinBox(this);
    d->heightBox->setObjectName(u"height"_s);
    for (QSpinBox *box : {d->widthBox, d->heightBox}) {
        box->setRange(Exporter::minimumSide, Exporter::maximumSide);
        box->setSingleStep(10);
        box->setAccelerated(true);
    }
    d->sizeLabel->setBuddy(d->widthBox);
    d->byLabel = new QLabel(u"×"_s, this);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(d->widthBox);
    sizeRow->addWidget(d->byLabel);
    sizeRow->addWidget(d->heightBox);
    sizeRow->addStretch();

    d->scaleLabel = new QLabel(this);
    d->scaleBox = new QComboBox(this);
    d->scaleBox->setObjectName(u"scale"_s);
    d->scaleLabel->setBuddy(d->scaleBox);
    for (int scale = 1; scale <= 3; ++scale)
        d->scaleBox->addItem(u"%1×"_s.arg(scale), scale);
    d->pixelsLabel = new QLabel(this);
    d->pixelsLabel->setForegroundRole(QPalette::PlaceholderText);

    d->themeLabel = new QLabel(this);
    d->themeBox = new QComboBox(this);
    d->themeBox->setObjectName(u"theme"_s);
    d->themeLabel->setBuddy(d->themeBox);
    for (const ChartTheme theme : {ChartTheme::Light, ChartTheme::Dark, ChartTheme::Print})
        d->themeBox->addItem(QString(), int(theme));

    auto *form = new QFormLayout;
    form->addRow(d->formatLabel, d->formatBox);
    form->addRow(d->sizeLabel, sizeRow);
    form->addRow(d->scaleLabel, d->scaleBox);
    form->addRow(QString(), d->pixelsLabel);
    form->addRow(d->themeLabel, d->themeBox);
    if (subject == Subject::Timeline) {
        d->rangeLabel = new QLabel(this);
        d->windowButton = new QRadioButton(this);
        d->windowButton->setObjectName(u"visibleWindow"_s);
        d->wholeButton = new QRadioButton(this);
        d->wholeButton->setObjectName(u"wholeStory"_s);
        d->windowButton->setChecked(true);
        auto *range = new QVBoxLayout;
        range->addWidget(d->windowButton);
        range->addWidget(d->wholeButton);
        form->addRow(d->rangeLabel, range);
    }

    d->preview = new QLabel(this);
    d->preview->setObjectName(u"preview"_s);
    d->preview->setFixedSize(previewSize);
    d->preview->setAlignment(Qt::AlignCenter);
    d->preview->setFrameShape(QFrame::StyledPanel);

    d->status = new QLabel(this);
    d->status->setObjectName(u"status"_s);
    d->status->setWordWrap(true);
    d->status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    d->saveButton = d->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    d->saveButton->setDefault(true);
    d->copyButton = d->buttons->addButton(QString(), QDialogButtonBox::ActionRole);

    auto *top = new QHBoxLayout;
    top->addLayout(form);
    top->addWidget(d->preview, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(d->status);
    layout->addWidget(d->buttons);

    d->previewTimer = new QTimer(this);
    d->previewTimer->setSingleShot(true);
    d->previewTimer->setInterval(60);
    connect(d->previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);

    retranslate();
    setOptions(savedOptions());
    QSettings settings;
    setFormat(Exporter::Format(std::clamp(settings.value(u"export/format"_s, 0).toInt(), 0, 2)));
    if (subject == Subject::Timeline)
        setWholeStory(settings.value(u"export/wholeStory"_s, false).toBool());

    const auto changed = [this] {
        updateControls();
        schedulePreview();
    };
    connect(d->formatBox, &QComboBox::currentIndexChanged, this, changed);
    connect(d->scaleBox, &QComboBox::currentIndexChanged, this, changed);
    connect(d->themeBox, &QComboBox::currentIndexChanged, this, changed);
    connect(d->widthBox, &QSpinBox::valueChanged, this, changed);
    connect(d->heightBox, &QSpinBox::valueChanged, this, changed);
    if (d->wholeButton)
        connect(d->wholeButton, &QRadioButton::toggled, this, changed);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->saveButton, &QPushButton::clicked, this, &ExportDialog::saveAs);
    connect(d->copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    updateControls();
    updatePreview();
}

ExportDialog::~ExportDialog() = default;

ExportDialog::Subject ExportDialog::subject() const
{
    return d->subject;
}

Exporter::Format ExportDialog::format() const
{
    return Exporter::Format(d->formatBox->currentData().toInt());
}

void ExportDialog::setFormat(Exporter::Format format)
{
    d->formatBox->setCurrentIndex(std::max(0, d->formatBox->findData(int(format))));
}

Exporter::Options ExportDialog::options() const
{
    Exporter::Options options;
    options.size = QSize(d->widthBox->value(), d->heightBox->value());
    options.scale = format() == Exporter::Format::Png ? d->scaleBox->currentData().toInt() : 1;
    options.theme = ChartTheme(d->themeBox->currentData().toInt());
    return options;
}

void ExportDialog::setOptions(const Exporter::Options &options)
{
    d->widthBox->setValue(options.size.width());
    d->heightBox->setValue(options.size.height());
    d->scaleBox->setCurrentIndex(
        std::max(0, d->scaleBox->findData(int(std::clamp(options.scale, 1.0, 3.0)))));
    d->themeBox->setCurrentIndex(std::max(0, d->themeBox->findData(int(options.theme))));
}

bool ExportDialog::wholeStory() const
{
    return d->wholeButton && d->wholeButton->isChecked();
}

void ExportDialog::setWholeStory(bool whole)
{
    if (d->wholeButton)
        (whole ? d->wholeButton : d->windowButton)->setChecked(true);
}

std::optional<ExportError> ExportDialog::exportTo(const QString &path)
{
    const ExportPicture picture = d->source(wholeStory());
    std::optional<ExportError> error = Exporter::write(path, format(), picture, options());
    if (error) {
        d->status->setText(error->toString());
    } else {
        d->status->setText(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
        saveSettings();
    }
    return error;
}

void ExportDialog::copyToClipboard()
{
    Exporter::copyToClipboard(d->source(wholeStory()), options());
    d->status->setText(d->subject == Subject::Chart ? tr("The chart is on the clipboard.")
                                                    : tr("The timeline is on the clipboard."));
    saveSettings();
}

Exporter::Options ExportDialog::savedOptions()
{
    QSettings settings;
    Exporter::Options options;
    options.size = QSize(std::clamp(settings.value(u"export/width"_s, 1600).toInt(),
                                    Exporter::minimumSide, Exporter::maximumSide),
                         std::clamp(settings.value(u"export/height"_s, 900).toInt(),
                                    Exporter::minimumSide, Exporter::maximumSide));
    options.scale = std::clamp(settings.value(u"export/scale"_s, 1).toInt(), 1, 3);
    options.theme = ChartTheme(std::clamp(settings.value(u"export/theme"_s, 0).toInt(), 0, 2));
    return options;
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    const Exporter::Options o = options();
    settings.setValue(u"export/width"_s, o.size.width());
    settings.setValue(u"export/height"_s, o.size.height());
    settings.setValue(u"export/scale"_s, d->scaleBox->currentData().toInt());
    settings.setValue(u"export/theme"_s, int(o.theme));
    settings.setValue(u"export/format"_s, int(format()));
    if (d->wholeButton)
        settings.setValue(u"export/wholeStory"_s, wholeStory());
}

void ExportDialog::saveAs()
{
    QSettings settings;
    QString folder = settings.value(u"export/folder"_s).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const Exporter::Format chosen = format();
    const QString filters[]
        = {tr("PNG image (*.png)"), tr("SVG drawing (*.svg)"), tr("PDF document (*.pdf)")};
    const QString suggested = QDir(folder).filePath(d->baseName % u'.' % Exporter::suffix(chosen));
    QString path
        = QFileDialog::getSaveFileName(this, windowTitle(), suggested, filters[int(chosen)]);
    if (path.isEmpty())
        return; // cancelled: nothing written
    // The extension wins when it names a format; without one, the chosen format's is added.
    if (const auto named = Exporter::formatOf(path))
        setFormat(*named);
    else
        path += u'.' % Exporter::suffix(chosen);
    if (const auto error = exportTo(path)) {
        if (qEnvironmentVariableIsEmpty("STORYLINE_NO_DIALOGS"))
            QMessageBox::warning(this, tr("Export failed"), error->toString());
        return;
    }
    settings.setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    accept();
}

void ExportDialog::retranslate()
{
    setWindowTitle(d->subject == Subject::Chart ? tr("Export Chart") : tr("Export Timeline"));
    d->formatLabel->setText(tr("&Format:"));
    d->formatBox->setItemText(0, tr("PNG image"));
    d->formatBox->setItemText(1, tr("SVG drawing"));
    d->formatBox->setItemText(2, tr("PDF document"));
    d->sizeLabel->setText(tr("&Size:"));
    d->widthBox->setSuffix(tr(" px"));
    d->heightBox->setSuffix(tr(" px"));
    d->widthBox->setAccessibleName(tr("Width in pixels"));
    d->heightBox->setAccessibleName(tr("Height in pixels"));
    d->scaleLabel->setText(tr("Sc&ale:"));
    d->scaleBox->setToolTip(
        tr("Pixels per point of the layout: 2× and 3× give the same picture, sharper"));
    d->themeLabel->setText(tr("&Theme:"));
    d->themeBox->setItemText(0, tr("Light"));
    d->themeBox->setItemText(1, tr("Dark"));
    d->themeBox->setItemText(2, tr("Print (white paper, black text)"));
    if (d->rangeLabel) {
        d->rangeLabel->setText(tr("Show:"));
        d->windowButton->setText(tr("The &visible window"));
        d->wholeButton->setText(tr("The &whole story"));
    }
    d->preview->setAccessibleName(tr("Preview"));
    d->saveButton->setText(tr("&Save…"));
    d->copyButton->setText(tr("&Copy"));
    d->copyButton->setToolTip(tr("Copy the picture to the clipboard (PNG and SVG)"));
    updateControls();
}

void ExportDialog::updateControls()
{
    const bool png = format() == Exporter::Format::Png;
    d->scaleBox->setEnabled(png);
    const Exporter::Options o = options();
    if (png) {
        d->pixelsLabel->setText(tr("%1 × %2 pixels")
                                    .arg(qRound(o.size.width() * o.scale))
                                    .arg(qRound(o.size.height() * o.scale)));
    } else {
        d->pixelsLabel->setText(
            format() == Exporter::Format::Svg
                ? tr("Vector drawing, %1 × %2 units").arg(o.size.width()).arg(o.size.height())
                : tr("One page, %1 × %2 mm")
                      .arg(qRound(o.size.width() * 25.4 / 96))
                      .arg(qRound(o.size.height() * 25.4 / 96)));
    }
}

void ExportDialog::schedulePreview()
{
    d->previewTimer->start();
}

void ExportDialog::updatePreview()
{
    // The export's own layout, shrunk: what the file will show, not a screen grab.
    const Exporter::Options o = options();
    const ExportPicture picture = d->source(wholeStory());
    if (picture.isNull() || Exporter::validate(o)) {
        d->preview->clear();
        return;
    }
    const QSizeF fit
        = QSizeF(o.size).scaled(QSizeF(previewSize - QSize(8, 8)), Qt::KeepAspectRatio);
    const qreal ratio = devicePixelRatioF();
    QImage image((fit * ratio).toSize().expandedTo(QSize(1, 1)), QImage::Format_RGB32);
    image.setDevicePixelRatio(ratio);
    image.fill(ChartColors::of(o.theme).background);
    QPainter painter(&image);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                           | QPainter::SmoothPixmapTransform);
    painter.scale(fit.width() / o.size.width(), fit.height() / o.size.height());
    picture.paint(&painter, QRectF(QPointF(0, 0), QSizeF(o.size)), o.theme);
    painter.end();
    d->preview->setPixmap(QPixmap::fromImage(image));
}

void ExportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace storyline
