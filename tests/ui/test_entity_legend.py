"""The legend: one toggle per entity type, named in the interface language."""

from __future__ import annotations

import pytest

from reader.model import ENTITY_LABELS

ENGLISH = ["People", "Places", "Organisations", "Times", "Numbers", "Titles"]
# The names ENTITIES.md gives the types ("shown as").
CHINESE = ["人名", "地名", "机构", "时间", "数量", "作品"]


@pytest.fixture
def legend(qtbot):
    from reader.ui.entity_legend import EntityLegend

    widget = EntityLegend()
    qtbot.addWidget(widget)
    return widget


def test_one_checked_toggle_per_type_in_english(legend):
    assert legend.objectName() == "entityLegend"
    assert [legend.button(label).text() for label in ENTITY_LABELS] == ENGLISH
    assert all(legend.button(label).isChecked() for label in ENTITY_LABELS)


def test_toggle_signals_the_visible_set(legend, qtbot):
    with qtbot.waitSignal(legend.visibleLabelsChanged) as blocker:
        legend.button("NUM").click()
    assert blocker.args[0] == set(ENTITY_LABELS) - {"NUM"}


def test_swatches_differ_between_light_and_dark(legend):
    light = legend.button("PER").icon().pixmap(12, 12).toImage().pixelColor(6, 6)
    legend.set_dark(True)
    dark = legend.button("PER").icon().pixmap(12, 12).toImage().pixelColor(6, 6)
    assert dark.lightness() < light.lightness()


def test_chinese_names(qapp, legend):
    from reader.ui.i18n import install_translator

    assert install_translator(qapp, "zh_CN") == "zh_CN"
    try:
        legend.retranslate()
        assert [legend.button(label).text() for label in ENTITY_LABELS] == CHINESE
    finally:
        install_translator(qapp, "en")


def test_a_narrow_legend_shows_swatches_alone_and_names_again_when_wide(legend, qtbot):
    legend.show()
    named = legend.sizeHint().width()
    legend.resize(legend.minimumSizeHint().width(), legend.height())
    qtbot.waitUntil(lambda: not legend.names_shown(), timeout=1000)
    assert legend.minimumSizeHint().width() < named / 2
    # Hidden names stay in reach: the tooltip names the type.
    assert "People" in legend.button("PER").toolTip()
    legend.resize(named + 40, legend.height())
    qtbot.waitUntil(legend.names_shown, timeout=1000)
    # Every named button fits whole, once laid out.
    qtbot.waitUntil(lambda: all(b.geometry().right() < legend.width() and b.width() >= b.sizeHint().width()
                                for b in map(legend.button, ENTITY_LABELS)), timeout=1000)
