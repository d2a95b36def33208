// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"
#include "storyselection.h"

#include "story/bundledstory.h"
#include "text/collator.h"

#include <QLineEdit>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestEntityPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void groupedByTypeWithCounts();
    void sortedWithCollation();
    void typingFilters();
    void clickingSelects();
    void followsSelection();

private:
    QModelIndex find(const QString &entityId) const;
    QStringList namesUnder(const QString &heading) const;

    Story m_story;
    std::unique_ptr<StorySelection> m_selection;
    std::unique_ptr<EntityPanel> m_panel;
};

void TestEntityPanel::initTestCase()
{
    const Result<Story> story = BundledStory::load();
    QVERIFY(story.ok());
    m_story = story.value();
}

void TestEntityPanel::init()
{
    m_selection = std::make_unique<StorySelection>();
    m_panel = std::make_unique<EntityPanel>();
    m_panel->setLanguage(u"fr"_s);
    m_panel->setSelection(m_selection.get());
    m_panel->setStory(&m_story);
    m_panel->resize(320, 900);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestEntityPanel::cleanup()
{
    m_panel.reset();
    m_selection.reset();
}

QModelIndex TestEntityPanel::find(const QString &entityId) const
{
    const QAbstractItemModel *model = m_panel->model();
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex heading = model->index(r, 0);
        for (int c = 0; c < model->rowCount(heading); ++c) {
            const QModelIndex index = model->index(c, 0, heading);
            if (index.data(EntityPanel::EntityIdRole).toString() == entityId)
                return index;
        }
    }
    return {};
}

QStringList TestEntityPanel::namesUnder(const QString &heading) const
{
    const QAbstractItemModel *model = m_panel->model();
    QStringList names;
    for (int r = 0; r < model->rowCount(); ++r) {
        const QModelIndex h = model->index(r, 0);
        if (h.data().toString() != heading)
            continue;
        for (int c = 0; c < model->rowCount(h); ++c)
            names.append(model->index(c, 0, h).data().toString());
    }
    return names;
}

void TestEntityPanel::groupedByTypeWithCounts()
{
    const QAbstractItemModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 5); // people, organizations, places, products, events
    const QModelIndex huang = find(u"jensen-huang"_s);
    QVERIFY(huang.isValid());
    QCOMPARE(huang.data(EntityPanel::MentionCountRole).toInt(),
             m_story.mentionCount(u"jensen-huang"));
    QCOMPARE(huang.siblingAtColumn(1).data().toString(),
             QString::number(m_story.mentionCount(u"jensen-huang")));
    QCOMPARE(huang.parent().data().toString(), u"People"_s); // untranslated in tests: no .qm loaded
}

void TestEntityPanel::sortedWithCollation()
{
    const QStringList places = namesUnder(u"Places"_s);
    QVERIFY(places.size() >= 5);
    QStringList sorted = places;
    const Collator collator(u"fr"_s);
    std::sort(sorted.begin(), sorted.end(),
              [&](const QString &a, const QString &b) { return collator(a, b); });
    QCOMPARE(places, sorted);
    // French display names, collated: "États-Unis" sorts among the E's, before "Pékin".
    QVERIFY(places.contains(u"États-Unis"_s));
    QVERIFY(places.indexOf(u"États-Unis"_s) < places.indexOf(u"Pékin"_s));
}

void TestEntityPanel::typingFilters()
{
    QTest::keyClicks(m_panel->filterField(), u"etats"_s);
    QVERIFY(find(u"united-states"_s).isValid());
    QVERIFY(!find(u"jensen-huang"_s).isValid());
    m_panel->filterField()->clear();
    QTest::keyClicks(m_panel->filterField(), u"renxun"_s); // an alias
    QVERIFY(find(u"jensen-huang"_s).isValid());
    QCOMPARE(m_panel->model()->rowCount(), 1);
    m_panel->filterField()->clear();
    QCOMPARE(m_panel->model()->rowCount(), 5);
}

void TestEntityPanel::clickingSelects()
{
    QTreeView *view = m_panel->view();
    const QModelIndex trump = find(u"donald-trump"_s);
    view->scrollTo(trump);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(trump).center());
    QCOMPARE(m_selection->entities(), QStringList{u"donald-trump"_s});
    const QModelIndex xi = find(u"xi-jinping"_s);
    view->scrollTo(xi);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier,
                      view->visualRect(xi).center());
    QCOMPARE(m_selection->entities().size(), 2);
    QVERIFY(m_selection->entities().contains(u"xi-jinping"_s));
}

void TestEntityPanel::followsSelection()
{
    m_selection->setEntities({u"china"_s});
    const QModelIndexList selected = m_panel->view()->selectionModel()->selectedRows(0);
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(EntityPanel::EntityIdRole).toString(), u"china"_s);
    m_selection->setEntities({});
    QVERIFY(m_panel->view()->selectionModel()->selectedRows(0).isEmpty());
}

QTEST_MAIN(TestEntityPanel)
#include "tst_entitypanel.moc"
