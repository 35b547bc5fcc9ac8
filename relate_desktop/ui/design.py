"""Relate's design tokens in one place (see ../shared/DESIGN.md): the palette for light and dark,
the type scale, spacing and radii, and the application style sheet built from them.

Screens never write a colour or a size of their own: they ask `tone(name)` (appearance.py) or
use the components in components.py, which read these tokens. Text colours keep WCAG AA
contrast (4.5:1) on every background they are drawn on; tests/ui/test_design.py checks it."""

from __future__ import annotations

from dataclasses import dataclass

from relate_desktop.bundled import resources_dir


@dataclass(frozen=True)
class Palette:
    background: str  # the window: warm paper
    surface: str  # cards and fields
    surface_sunk: str  # the side bar, wells
    text: str
    text_muted: str  # hints, dates
    accent: str  # primary buttons, focus, links, selection
    on_accent: str  # text on the accent
    accent_soft: str  # selected rows, chips
    warm: str  # cherishing, appreciation (drawn, not text)
    warm_ink: str  # the same warmth as text
    warm_soft: str  # a warm ground: the prompt of the day, appreciations
    mark: str  # behind words a search found
    private: str  # the private mark and tint
    private_soft: str
    caution: str  # coach cards' edge (never red)
    caution_ink: str
    caution_soft: str
    problem_ink: str  # "not saved", wrong passphrase: said in words too
    problem_soft: str
    info_ink: str
    info_soft: str
    border: str  # hairlines


LIGHT = Palette(
    background="#FAF7F2",
    surface="#FFFFFF",
    surface_sunk="#F2EDE6",
    text="#2B2724",
    text_muted="#6B625A",
    accent="#36736A",
    on_accent="#FFFFFF",
    accent_soft="#E3F0EC",
    warm="#C9784B",
    warm_ink="#8A4F2A",
    warm_soft="#F8ECE2",
    mark="#F6E3A8",
    private="#6E5A8A",
    private_soft="#EFEAF5",
    caution="#B5832A",
    caution_ink="#7A5A14",
    caution_soft="#F7EEDC",
    problem_ink="#9B3A3A",
    problem_soft="#F7E6E3",
    info_ink="#1F5F8A",
    info_soft="#E6EEF4",
    border="#E4DDD4",
)

DARK = Palette(
    background="#1E1C1A",
    surface="#2A2725",
    surface_sunk="#24211F",
    text="#EEE8E1",
    text_muted="#B3A99F",
    accent="#7FC0B4",
    on_accent="#1E1C1A",
    accent_soft="#23403B",
    warm="#E0A07C",
    warm_ink="#E0A07C",
    warm_soft="#352A23",
    mark="#5C4A1A",
    private="#B9A5D6",
    private_soft="#312A3B",
    caution="#E2B866",
    caution_ink="#E2B866",
    caution_soft="#3A3122",
    problem_ink="#E89A92",
    problem_soft="#3D2826",
    info_ink="#8FC3EE",
    info_soft="#1F2E3A",
    border="#3A3633",
)

# A PDF page's preview is a sheet of white paper in either scheme.
PAPER = LIGHT

# Chart series: calm colours that stay apart for most kinds of colour blindness (Okabe-Ito),
# the same in both schemes (each is drawn on the surface, with its name beside it).
CHART_SERIES = (
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#CC79A7",
    "#56B4E9",
    "#D55E00",
    "#F0E442",
    "#999999",
)

# Type scale, as factors of the system's body size (so a larger system font scales it all).
TYPE_SCALE = {"small": 0.86, "body": 1.0, "lead": 1.14, "title": 1.43, "display": 1.86}
# Spacing on a 4 px grid, and radii.
# A check box's or radio button's mark; its row is a little taller, so the mark's border and
# focus ring are never cut.
INDICATOR = 16
SPACE = {"xs": 4, "s": 8, "m": 12, "l": 16, "xl": 24, "xxl": 32, "huge": 48}
RADIUS = {"field": 8, "card": 12}
# A comfortable measure for reading and writing, in average characters.
MEASURE = 72


def palette_for(dark: bool) -> Palette:
    return DARK if dark else LIGHT


def _icon(name: str, dark: bool) -> str:
    path = resources_dir() / "icons" / "ui" / f"{name}-{'dark' if dark else 'light'}.svg"
    return path.as_posix()


def style_sheet(dark: bool) -> str:
    """The application style sheet: fields, buttons, lists, cards, focus rings, menus."""
    p = palette_for(dark)
    s, r = SPACE, RADIUS
    check = _icon("check", dark)
    return f"""
QMainWindow, QDialog {{ background: {p.background}; }}
QDialogButtonBox {{ dialogbuttonbox-buttons-have-icons: 0; }}
QToolTip {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    padding: {s["xs"]}px {s["s"]}px; }}
QPushButton {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    border-radius: {r["field"]}px; padding: {s["s"] - 2}px {s["l"]}px; }}
QPushButton:hover {{ border-color: {p.accent}; }}
QPushButton:focus {{ border: 2px solid {p.accent}; padding: {s["s"] - 3}px {s["l"] - 1}px; }}
QPushButton:pressed {{ background: {p.accent_soft}; }}
QPushButton:disabled {{ color: {p.text_muted}; background: {p.surface_sunk};
    border-color: {p.border}; }}
QPushButton:default, QPushButton[kind="primary"] {{ background: {p.accent};
    color: {p.on_accent}; border-color: {p.accent}; }}
QPushButton[kind="primary"] {{ font-weight: 600; }}
QPushButton:default:focus, QPushButton[kind="primary"]:focus {{ border: 2px solid {p.text}; }}
QPushButton:default:disabled, QPushButton[kind="primary"]:disabled {{
    background: {p.surface_sunk}; color: {p.text_muted}; border-color: {p.border}; }}
QPushButton[kind="quiet"] {{ background: transparent; border-color: transparent;
    color: {p.accent}; }}
QPushButton[kind="quiet"]:focus {{ border: 2px solid {p.accent}; }}
QLineEdit, QPlainTextEdit, QTextEdit {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; border-radius: {r["field"]}px; padding: {s["xs"]}px {s["s"]}px;
    selection-background-color: {p.accent_soft}; selection-color: {p.text}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{ border: 2px solid {p.accent}; }}
QLineEdit:read-only, QPlainTextEdit:read-only {{ background: {p.surface_sunk}; }}
QListView, QListWidget, QTableView, QTreeView {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; border-radius: {r["card"]}px; padding: {s["xs"]}px;
    alternate-background-color: {p.surface_sunk}; outline: 0; }}
QListView:focus, QListWidget:focus, QTableView:focus {{ border: 2px solid {p.accent}; }}
QListView::item, QListWidget::item {{ padding: {s["s"]}px; border-radius: {r["field"]}px; }}
QListView::item:selected, QListWidget::item:selected {{ background: {p.accent_soft};
    color: {p.text}; }}
QListWidget#navigation {{ background: {p.surface_sunk}; border: none; }}
QListWidget#navigation::item {{ padding: {s["m"]}px {s["l"]}px; margin: 2px {s["s"]}px; }}
QListWidget#navigation::item:selected {{ background: {p.accent}; color: {p.on_accent}; }}
QHeaderView::section {{ background: {p.surface_sunk}; color: {p.text_muted}; border: none;
    padding: {s["xs"]}px {s["s"]}px; }}
QGroupBox {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: {r["card"]}px; margin-top: {s["xl"]}px; padding: {s["l"]}px {s["m"]}px
    {s["m"]}px {s["m"]}px; }}
QGroupBox::title {{ subcontrol-origin: margin; subcontrol-position: top left;
    left: {s["xs"]}px; padding: 0 {s["xs"]}px; color: {p.text}; font-weight: 600; }}
QGroupBox QListView, QGroupBox QListWidget {{ border: none; background: transparent;
    padding: 0; }}
QFrame[kind="card"] {{ background: {p.surface}; border: 1px solid {p.border};
    border-radius: {r["card"]}px; }}
QFrame[kind="hero"] {{ background: {p.accent_soft}; border: none;
    border-radius: {r["card"]}px; }}
QFrame[kind="warm"] {{ background: {p.warm_soft}; border: none;
    border-radius: {r["card"]}px; }}
QFrame[kind="empty"] {{ background: transparent; border: 1px dashed {p.border};
    border-radius: {r["card"]}px; }}
QListWidget[kind="cards"] {{ background: transparent; border: none; padding: 0; }}
QLabel[kind="muted"] {{ color: {p.text_muted}; }}
QLabel[kind="section"] {{ color: {p.text}; }}
QLabel[kind="chip"] {{ background: {p.accent_soft}; color: {p.text};
    border-radius: {r["field"]}px; padding: 2px {s["s"]}px; }}
QLabel[kind="note-info"] {{ background: {p.info_soft}; color: {p.info_ink};
    padding: {s["s"]}px {s["m"]}px; border-radius: {r["field"]}px; }}
QLabel[kind="note-caution"] {{ background: {p.caution_soft}; color: {p.caution_ink};
    padding: {s["s"]}px {s["m"]}px; border-radius: {r["field"]}px; }}
QLabel[kind="note-private"] {{ background: {p.private_soft}; color: {p.private};
    padding: {s["s"]}px {s["m"]}px; border-radius: {r["field"]}px; }}
QLabel[kind="quote"] {{ color: {p.text}; font-style: italic; padding: {s["s"]}px; }}
QLabel[kind="code"] {{ color: {p.text}; background: {p.surface}; border: 1px solid {p.border};
    border-radius: {r["field"]}px; padding: {s["l"]}px; }}
QLabel[kind="preview"] {{ background: {PAPER.surface}; color: {PAPER.text_muted};
    border: 1px solid {PAPER.border}; }}
QFrame[kind="banner-calm"] {{ background: {p.accent_soft}; border: 1px solid {p.border};
    border-radius: {r["field"]}px; }}
QFrame[kind="banner-reminder"] {{ background: {p.surface}; border: 2px solid {p.accent};
    border-radius: {r["field"]}px; }}
QToolButton[kind="chip"] {{ background: {p.surface}; color: {p.text};
    border: 1px solid {p.border}; border-radius: {r["card"]}px;
    padding: 2px {s["m"] - 2}px; }}
QToolButton[kind="chip"]:checked {{ background: {p.accent}; color: {p.on_accent};
    border-color: {p.accent}; }}
QFrame[kind="banner-info"] {{ background: {p.info_soft}; border: none;
    border-radius: {r["field"]}px; }}
QFrame[kind="banner-private"] {{ background: {p.private_soft}; border: none;
    border-radius: {r["field"]}px; }}
QFrame[kind="banner-caution"] {{ background: {p.caution_soft}; border: none;
    border-radius: {r["field"]}px; }}
QCheckBox, QRadioButton {{ spacing: {s["s"]}px; color: {p.text};
    min-height: {INDICATOR + s["xs"]}px; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {INDICATOR}px; height: {INDICATOR}px;
    background: {p.surface}; border: 1px solid {p.text_muted}; }}
QCheckBox::indicator {{ border-radius: 4px; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:focus, QRadioButton::indicator:focus {{ border: 2px solid {p.accent};
    width: 14px; height: 14px; }}
QCheckBox::indicator:checked {{ background: {p.accent}; border-color: {p.accent};
    image: url("{check}"); }}
QRadioButton::indicator:checked {{ border: 1px solid {p.accent}; background:
    qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5, stop:0 {p.accent},
    stop:0.45 {p.accent}, stop:0.55 {p.surface}, stop:1 {p.surface}); }}
QCheckBox::indicator:disabled, QRadioButton::indicator:disabled {{
    background: {p.surface_sunk}; border-color: {p.border}; }}
QScrollArea {{ background: transparent; border: none; }}
QScrollArea > QWidget > QWidget {{ background: transparent; }}
QMenuBar {{ background: {p.background}; color: {p.text}; }}
QMenuBar::item:selected {{ background: {p.accent_soft}; color: {p.text};
    border-radius: {r["field"]}px; }}
QMenu {{ background: {p.surface}; color: {p.text}; border: 1px solid {p.border};
    padding: {s["xs"]}px; }}
QMenu::item {{ padding: {s["xs"] + 2}px {s["xl"]}px {s["xs"] + 2}px {s["l"]}px;
    border-radius: {r["field"] - 2}px; }}
QMenu::item:selected {{ background: {p.accent_soft}; color: {p.text}; }}
QMenu::item:disabled {{ color: {p.text_muted}; }}
QMenu::separator {{ height: 1px; background: {p.border}; margin: {s["xs"]}px {s["s"]}px; }}
QStatusBar {{ background: {p.surface_sunk}; color: {p.text_muted}; }}
QStatusBar QLabel {{ color: {p.text_muted}; }}
QProgressBar {{ background: {p.surface_sunk}; border: none; border-radius: 4px;
    max-height: 8px; text-align: center; color: transparent; }}
QProgressBar::chunk {{ background: {p.accent}; border-radius: 4px; }}
QSplitter::handle {{ background: transparent; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle {{ background: {p.border}; border-radius: 3px; }}
QScrollBar::handle:hover {{ background: {p.text_muted}; }}
QScrollBar::handle:vertical {{ min-height: 24px; }}
QScrollBar::handle:horizontal {{ min-width: 24px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""
