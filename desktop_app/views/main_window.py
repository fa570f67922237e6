"""The main window: tabs (the front page first; customer cards and orders open beside it), menus and
a status bar saying which database, which user and which business date the clerk works with.

Tabs for later workflows are added when those workflows work; there are no empty shells. One
customer card tab and one order tab are reused: opening another customer shows it in the card
tab, so tabs do not pile up until the workflow tabs scroll away. "Keep this tab open" (the tab's
context menu) pins a tab; the next customer then opens in a fresh tab, up to ``MAX_PINNED``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QEvent, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QTabWidget, QWidget

from desktop_app import __version__
from desktop_app.services.foundation import formatting, i18n
from desktop_app.views.billing.page import BillingPage
from desktop_app.views.common import labels, language
from desktop_app.views.context import AppContext
from desktop_app.views.customers.search import CustomerSearchPage
from desktop_app.views.payments.page import PaymentsPage
from desktop_app.views.reminders.invoices_page import InvoicesPage
from desktop_app.views.sending.page import SendingPage

# Each language in its own words, so a clerk finds theirs whatever the UI shows now.
NATIVE_LANGUAGE_NAMES = {"fi": "Suomi", "sv": "Svenska", "en": "English"}
GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
MAX_PINNED = 3  # pinned card and order tabs, besides the two reused ones
TAB_CHROME = 56  # a tab's padding and close button, beside its text


class MainWindow(QMainWindow):
    language_changed = Signal(str)

    def __init__(self, ctx: AppContext, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.settings = settings
        self.setObjectName("MainWindow")
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabsClosable(True)
        self.tabs.setMovable(True)
        # Card and order titles are cut ("…") to share what the workflow tabs leave, so those never
        # scroll out of sight or get cut themselves (``_fit_tab_titles``).
        self.tabs.setElideMode(Qt.TextElideMode.ElideNone)
        self.tabs.tabCloseRequested.connect(self._on_tabs_tab_close_requested)
        self.tabs.tabBar().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tabs.tabBar().customContextMenuRequested.connect(self._on_tab_bar_context_menu_requested)
        self.tab_menu: QMenu | None = None
        self.setCentralWidget(self.tabs)

        self.front_page = CustomerSearchPage(ctx, self.tabs)
        self.front_page.open_customer_requested.connect(self.open_customer)
        self.tabs.addTab(self.front_page, "")
        self._hide_close_button(0)
        # The workflow tabs stay open; customer cards and orders open (and close) beside them.
        self.invoices_page = InvoicesPage(ctx, self.tabs)
        self.invoices_page.open_customer_requested.connect(self.open_customer)
        self.invoices_page.title_changed.connect(lambda: self._update_tab_title(self.invoices_page))
        self.tabs.addTab(self.invoices_page, "")
        self._hide_close_button(1)
        self.billing_page = BillingPage(ctx, self.tabs)
        self.billing_page.open_customer_requested.connect(self.open_customer)
        self.billing_page.open_order_requested.connect(self.open_order)
        self.billing_page.title_changed.connect(lambda: self._update_tab_title(self.billing_page))
        self.tabs.addTab(self.billing_page, "")
        self._hide_close_button(2)
        self.sending_page = SendingPage(ctx, self.tabs)
        self.sending_page.open_customer_requested.connect(self.open_customer)
        self.sending_page.title_changed.connect(lambda: self._update_tab_title(self.sending_page))
        self.tabs.addTab(self.sending_page, "")
        self._hide_close_button(3)
        self.payments_page = PaymentsPage(ctx, self.tabs)
        self.payments_page.open_customer_requested.connect(self.open_customer)
        self.payments_page.title_changed.connect(lambda: self._update_tab_title(self.payments_page))
        self.tabs.addTab(self.payments_page, "")
        self._hide_close_button(4)
        self.workflow_pages: list[QWidget] = [self.front_page, self.invoices_page, self.billing_page,
                                              self.sending_page, self.payments_page]

        self._build_menus()
        self._build_status_bar()
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.activated.connect(self.focus_filter)
        close_tab = QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self)
        close_tab.activated.connect(lambda: self._on_tabs_tab_close_requested(self.tabs.currentIndex()))
        ctx.tasks.busy_changed.connect(self._on_tasks_busy_changed)
        self.retranslate_ui()
        self.resize(1280, 800)
        self.restore_state()
        backup = getattr(ctx.database, "backup_path", None)
        if backup is not None:
            self.statusBar().showMessage(
                self.tr("The database was upgraded; the old version was backed up to %1.").replace("%1", str(backup)),
                30_000)

    # -- construction ---------------------------------------------------------------------------
    def _hide_close_button(self, index: int) -> None:
        bar = self.tabs.tabBar()
        for side in (bar.ButtonPosition.RightSide, bar.ButtonPosition.LeftSide):
            button = bar.tabButton(index, side)
            if button is not None:
                button.resize(0, 0)
                button.hide()

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)

        self.view_menu = bar.addMenu("")
        self.language_menu = self.view_menu.addMenu("")
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in language.UI_LANGUAGES:
            action = QAction(self)
            action.setCheckable(True)
            action.setChecked(code == i18n.current_language())
            action.triggered.connect(lambda _checked=False, c=code: self.switch_language(c))
            self.language_group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        self.busy_label = QLabel(self)
        self.busy_label.setObjectName("busy_label")
        self.busy_label.hide()
        self.database_label = QLabel(self)
        self.user_label = QLabel(self)
        self.date_label = QLabel(self)
        self.date_label.setObjectName("business_date_label")
        status.addWidget(self.busy_label)
        for label in (self.database_label, self.user_label, self.date_label):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            status.addPermanentWidget(label)

    # -- language -------------------------------------------------------------------------------
    def retranslate_ui(self) -> None:
        title = self.tr("Reskontra")
        if self.ctx.demo:
            title = self.tr("Reskontra (demo database)")
        self.setWindowTitle(title)
        self.file_menu.setTitle(self.tr("&File"))
        self.quit_action.setText(self.tr("&Quit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        for code, action in self.language_actions.items():
            action.setText(NATIVE_LANGUAGE_NAMES[code])
            action.setChecked(code == i18n.current_language())
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Reskontra"))
        self.busy_label.setText(self.tr("Working…"))
        database = self.tr("demo database") if self.ctx.demo else self.ctx.database_label()
        self.database_label.setText(self.tr("Database: %1").replace("%1", database))
        self.database_label.setToolTip("" if self.ctx.demo else self.ctx.database_label())
        self.user_label.setText(self.tr("User: %1 (%2)").replace("%1", self.ctx.actor.username)
                                .replace("%2", labels.label(self.ctx.actor.role)))
        self.date_label.setText(self.tr("Business date: %1").replace(
            "%1", formatting.date(self.ctx.today, i18n.current_language())))
        for index in range(self.tabs.count()):
            self._update_tab_title(self.tabs.widget(index))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def switch_language(self, code: str) -> None:
        if code == i18n.current_language():
            return
        language.install(code)
        language.save_language(code, self.settings)
        self.language_changed.emit(code)

    # -- tabs -----------------------------------------------------------------------------------
    def _update_tab_title(self, page: QWidget) -> None:
        index = self.tabs.indexOf(page)
        title = page.tab_title() if hasattr(page, "tab_title") else ""
        if index >= 0:
            pinned = bool(getattr(page, "pinned", False))
            page.setProperty("full_tab_title", ("• " if pinned else "") + title)
            self.tabs.setTabToolTip(index, title + ("\n" + self.tr("Kept open") if pinned else ""))
            if page in self.workflow_pages:
                self.tabs.setTabText(index, title)
        self._fit_tab_titles()

    def _fit_tab_titles(self) -> None:
        """Cut the card and order tabs' titles to share the width the workflow tabs leave free."""
        bar = self.tabs.tabBar()
        extra = [i for i in range(self.tabs.count()) if self.tabs.widget(i) not in self.workflow_pages]
        if not extra:
            return
        used = sum(bar.tabSizeHint(i).width() for i in range(self.tabs.count()) if i not in extra)
        metrics = bar.fontMetrics()
        titles = {i: str(self.tabs.widget(i).property("full_tab_title") or "") for i in extra}
        # Fair shares: a title shorter than its share leaves the rest to the longer ones.
        left = self.tabs.width() - used - 8 - TAB_CHROME * len(extra)
        cap, waiting = 0, sorted(extra, key=lambda i: metrics.horizontalAdvance(titles[i]))
        while waiting:
            share = left // len(waiting)
            width = metrics.horizontalAdvance(titles[waiting[0]])
            if width > share:
                cap = share
                break
            left -= width
            waiting.pop(0)
        for index in extra:
            text = titles[index]
            if index in waiting:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, max(cap, 60))
            self.tabs.setTabText(index, text)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_tab_titles()

    def _reusable(self, kind: str) -> Any:
        """The tab of this kind that shows whatever is opened next (the one not pinned)."""
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            key = getattr(page, "tab_key", None)
            if key is not None and key[0] == kind and not getattr(page, "pinned", False):
                return page
        return None

    def pinned_pages(self) -> list[QWidget]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())
                if getattr(self.tabs.widget(i), "pinned", False)]

    def set_pinned(self, page: QWidget, pinned: bool) -> None:
        """Keep a card or order tab open (the next one opens beside it) or let it be reused again."""
        if pinned and len(self.pinned_pages()) >= MAX_PINNED:
            self.statusBar().showMessage(
                self.tr("At most %1 tabs can be kept open; close one first.").replace("%1", str(MAX_PINNED)),
                10_000)
            return
        kind = getattr(page, "tab_key", ("",))[0]
        if not pinned:
            other = self._reusable(kind)
            if other is not None and other is not page:  # one reused tab per kind: the older one goes
                self._close_page(other)
        page.pinned = pinned  # type: ignore[attr-defined]
        self._update_tab_title(page)

    def _on_tab_bar_context_menu_requested(self, pos: QPoint) -> None:
        index = self.tabs.tabBar().tabAt(pos)
        page = self.tabs.widget(index) if index >= 0 else None
        if page is None or page in self.workflow_pages:
            return
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        pinned = bool(getattr(page, "pinned", False))
        keep = menu.addAction(self.tr("Let the next one open here") if pinned else self.tr("Keep this tab open"))
        keep.triggered.connect(lambda: self.set_pinned(page, not pinned))
        close = menu.addAction(self.tr("Close"))
        close.triggered.connect(lambda: self._close_page(page))
        self.tab_menu = menu
        menu.popup(self.tabs.tabBar().mapToGlobal(pos))

    def _find_tab(self, key: tuple[str, int]) -> QWidget | None:
        for index in range(self.tabs.count()):
            page = self.tabs.widget(index)
            if getattr(page, "tab_key", None) == key:
                return page
        return None

    def _add_page(self, page: Any) -> None:
        page.title_changed.connect(lambda p=page: self._update_tab_title(p))
        if hasattr(page, "open_customer_requested"):
            page.open_customer_requested.connect(self.open_customer)
        if hasattr(page, "open_order_requested"):
            page.open_order_requested.connect(self.open_order)
        index = self.tabs.addTab(page, "")
        self._update_tab_title(page)
        self.tabs.setCurrentIndex(index)

    def open_customer(self, customer_id: int) -> QWidget:
        """The customer's card: its own tab if open (pinned or not), else the reused card tab."""
        from desktop_app.views.customers.card import CustomerCardPage

        page: Any = self._find_tab(("customer", customer_id))
        if page is not None:
            page.refresh()
        elif (page := self._reusable("customer")) is not None:
            page.show_customer(customer_id)
        else:
            page = CustomerCardPage(self.ctx, customer_id, self.tabs)
            self._add_page(page)
        self.tabs.setCurrentWidget(page)
        return page

    def open_order(self, order_id: int) -> QWidget:
        """The order detail: its own tab if open (pinned or not), else the reused order tab."""
        from desktop_app.views.customers.order_detail import OrderDetailPage

        page: Any = self._find_tab(("order", order_id))
        if page is not None:
            page.refresh()
        elif (page := self._reusable("order")) is not None:
            page.show_order(order_id)
        else:
            page = OrderDetailPage(self.ctx, order_id, self.tabs)
            self._add_page(page)
        self.tabs.setCurrentWidget(page)
        return page

    def _close_page(self, page: QWidget) -> None:
        index = self.tabs.indexOf(page)
        if index < 0 or page in self.workflow_pages:
            return
        self.tabs.removeTab(index)
        page.deleteLater()
        self._fit_tab_titles()

    def _on_tabs_tab_close_requested(self, index: int) -> None:
        page = self.tabs.widget(index)
        if page is not None:
            self._close_page(page)

    def focus_filter(self) -> None:
        """Ctrl+F: the current page's search box or list filter."""
        page = self.tabs.currentWidget()
        if hasattr(page, "focus_filter"):
            page.focus_filter()

    # -- status ---------------------------------------------------------------------------------
    def _on_tasks_busy_changed(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)

    def show_about(self) -> QMessageBox:
        text = self.tr("<h3>Reskontra %1</h3><p>Accounts receivable for subscription businesses: "
                       "billing, invoices, payments, reminders and refunds.</p>").replace("%1", __version__)
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Reskontra"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- geometry -------------------------------------------------------------------------------
    def restore_state(self) -> None:
        geometry = self.settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        state = self.settings.value(STATE_KEY)
        if isinstance(state, QByteArray) and not state.isEmpty():
            self.restoreState(state)

    def save_state(self) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save_state()
        self.ctx.tasks.shutdown()
        super().closeEvent(event)
