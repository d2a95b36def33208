// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exporter.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

namespace storyline {

// Exports the chart or the timeline: the format (PNG, SVG, PDF), the size, the scale of a PNG
// (1×, 2×, 3×), the theme (light, dark, print) and, for the timeline, the visible window or
// the whole story; a preview drawn at the export's layout; Save… and Copy. The choices persist
// in QSettings.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    enum class Subject { Chart, Timeline };
    // The picture to export; `wholeStory` says which range of the timeline (the chart ignores
    // it). Called for every preview and export, so it follows the window.
    using PictureSource = std::function<ExportPicture(bool wholeStory)>;

    // `baseName`: the file name offered, without its extension.
    ExportDialog(Subject subject, PictureSource source, const QString &baseName,
                 QWidget *parent = nullptr);
    ~ExportDialog() override;

    Subject subject() const;
    Exporter::Format format() const;
    void setFormat(Exporter::Format format);
    Exporter::Options options() const;
    void setOptions(const Exporter::Options &options);
    bool wholeStory() const;
    void setWholeStory(bool whole);

    // Exports to `path` in the chosen format, without asking anything; the error, if any, is
    // also shown in the dialog.
    std::optional<ExportError> exportTo(const QString &path);
    void copyToClipboard();

    // The options the dialog was last left with (QSettings), for Copy without the dialog.
    static Exporter::Options savedOptions();

protected:
    void changeEvent(QEvent *event) override;

private:
    void saveAs();
    void retranslate();
    void updateControls();
    void schedulePreview();
    void updatePreview();
    void saveSettings() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
