# generated from ui/admin_sessions.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_sessions.ui'
##
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AdminSessions(object):
    def setupUi(self, AdminSessions):
        if not AdminSessions.objectName():
            AdminSessions.setObjectName(u"AdminSessions")
        AdminSessions.resize(1200, 760)
        self.mainLayout = QVBoxLayout(AdminSessions)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 10)
        self.titleLabel = QLabel(AdminSessions)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AdminSessions)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.messageLabel = QLabel(AdminSessions)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(AdminSessions)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.sessionsPane = QWidget(self.splitter)
        self.sessionsPane.setObjectName(u"sessionsPane")
        self.sessionsLayout = QVBoxLayout(self.sessionsPane)
        self.sessionsLayout.setObjectName(u"sessionsLayout")
        self.sessionsLayout.setContentsMargins(0, 0, 0, 0)
        self.sessionsTable = QTableWidget(self.sessionsPane)
        if (self.sessionsTable.columnCount() < 8):
            self.sessionsTable.setColumnCount(8)
        __qtablewidgetitem = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(6, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.sessionsTable.setHorizontalHeaderItem(7, __qtablewidgetitem7)
        self.sessionsTable.setObjectName(u"sessionsTable")
        self.sessionsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionsTable.setAlternatingRowColors(True)
        self.sessionsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessionsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionsTable.setShowGrid(False)
        self.sessionsTable.setColumnCount(8)
        self.sessionsTable.horizontalHeader().setStretchLastSection(True)
        self.sessionsTable.verticalHeader().setVisible(False)

        self.sessionsLayout.addWidget(self.sessionsTable)

        self.sessionButtons = QHBoxLayout()
        self.sessionButtons.setObjectName(u"sessionButtons")
        self.newSessionButton = QPushButton(self.sessionsPane)
        self.newSessionButton.setObjectName(u"newSessionButton")

        self.sessionButtons.addWidget(self.newSessionButton)

        self.editWindowsButton = QPushButton(self.sessionsPane)
        self.editWindowsButton.setObjectName(u"editWindowsButton")

        self.sessionButtons.addWidget(self.editWindowsButton)

        self.sessionButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionButtons.addItem(self.sessionButtonsSpacer)

        self.reloadButton = QPushButton(self.sessionsPane)
        self.reloadButton.setObjectName(u"reloadButton")

        self.sessionButtons.addWidget(self.reloadButton)


        self.sessionsLayout.addLayout(self.sessionButtons)

        self.splitter.addWidget(self.sessionsPane)
        self.papersBox = QGroupBox(self.splitter)
        self.papersBox.setObjectName(u"papersBox")
        self.papersLayout = QVBoxLayout(self.papersBox)
        self.papersLayout.setObjectName(u"papersLayout")
        self.papersTable = QTableWidget(self.papersBox)
        if (self.papersTable.columnCount() < 6):
            self.papersTable.setColumnCount(6)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(0, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(1, __qtablewidgetitem9)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(2, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(3, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(4, __qtablewidgetitem12)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.papersTable.setHorizontalHeaderItem(5, __qtablewidgetitem13)
        self.papersTable.setObjectName(u"papersTable")
        self.papersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.papersTable.setAlternatingRowColors(True)
        self.papersTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.papersTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.papersTable.setShowGrid(False)
        self.papersTable.setColumnCount(6)
        self.papersTable.horizontalHeader().setStretchLastSection(True)
        self.papersTable.verticalHeader().setVisible(False)

        self.papersLayout.addWidget(self.papersTable)

        self.paperButtons = QHBoxLayout()
        self.paperButtons.setObjectName(u"paperButtons")
        self.addPaperButton = QPushButton(self.papersBox)
        self.addPaperButton.setObjectName(u"addPaperButton")

        self.paperButtons.addWidget(self.addPaperButton)

        self.editPaperButton = QPushButton(self.papersBox)
        self.editPaperButton.setObjectName(u"editPaperButton")

        self.paperButtons.addWidget(self.editPaperButton)

        self.deletePaperButton = QPushButton(self.papersBox)
        self.deletePaperButton.setObjectName(u"deletePaperButton")

        self.paperButtons.addWidget(self.deletePaperButton)

        self.paperButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.paperButtons.addItem(self.paperButtonsSpacer)

        self.papersHint = QLabel(self.papersBox)
        self.papersHint.setObjectName(u"papersHint")

        self.paperButtons.addWidget(self.papersHint)


        self.papersLayout.addLayout(self.paperButtons)

        self.splitter.addWidget(self.papersBox)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(3, 1)

        self.retranslateUi(AdminSessions)

        QMetaObject.connectSlotsByName(AdminSessions)
    # setupUi

    def retranslateUi(self, AdminSessions):
        self.titleLabel.setText(QCoreApplication.translate("AdminSessions", u"Sessions, ouverture des services et \u00e9preuves", None))
        self.introLabel.setText(QCoreApplication.translate("AdminSessions", u"L'espace candidat ouvre chaque service d'une session (inscriptions, modifications, documents, r\u00e9sultats) aux dates indiqu\u00e9es ici, en heure locale. Un calendrier qui laisserait des candidats d\u00e9j\u00e0 inscrits hors d\u00e9lai est refus\u00e9.", None))
        self.messageLabel.setText("")
        ___qtablewidgetitem = self.sessionsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdminSessions", u"Examen", None))
        ___qtablewidgetitem1 = self.sessionsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdminSessions", u"Session", None))
        ___qtablewidgetitem2 = self.sessionsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AdminSessions", u"Acad\u00e9mie", None))
        ___qtablewidgetitem3 = self.sessionsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AdminSessions", u"Aujourd'hui", None))
        ___qtablewidgetitem4 = self.sessionsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AdminSessions", u"Inscriptions", None))
        ___qtablewidgetitem5 = self.sessionsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AdminSessions", u"Modifications", None))
        ___qtablewidgetitem6 = self.sessionsTable.horizontalHeaderItem(6)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AdminSessions", u"Documents", None))
        ___qtablewidgetitem7 = self.sessionsTable.horizontalHeaderItem(7)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("AdminSessions", u"R\u00e9sultats", None))
        self.newSessionButton.setText(QCoreApplication.translate("AdminSessions", u"&Nouvelle session\u2026", None))
        self.editWindowsButton.setText(QCoreApplication.translate("AdminSessions", u"Modifier le &calendrier\u2026", None))
        self.reloadButton.setText(QCoreApplication.translate("AdminSessions", u"&Actualiser", None))
        self.papersBox.setTitle(QCoreApplication.translate("AdminSessions", u"\u00c9preuves de la session", None))
        ___qtablewidgetitem8 = self.papersTable.horizontalHeaderItem(0)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("AdminSessions", u"Code", None))
        ___qtablewidgetitem9 = self.papersTable.horizontalHeaderItem(1)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("AdminSessions", u"\u00c9preuve", None))
        ___qtablewidgetitem10 = self.papersTable.horizontalHeaderItem(2)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("AdminSessions", u"Date", None))
        ___qtablewidgetitem11 = self.papersTable.horizontalHeaderItem(3)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("AdminSessions", u"Heure", None))
        ___qtablewidgetitem12 = self.papersTable.horizontalHeaderItem(4)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("AdminSessions", u"Dur\u00e9e", None))
        ___qtablewidgetitem13 = self.papersTable.horizontalHeaderItem(5)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("AdminSessions", u"Coefficient", None))
        self.addPaperButton.setText(QCoreApplication.translate("AdminSessions", u"Ajouter une \u00e9&preuve\u2026", None))
        self.editPaperButton.setText(QCoreApplication.translate("AdminSessions", u"Modifier l'\u00e9pre&uve\u2026", None))
        self.deletePaperButton.setText(QCoreApplication.translate("AdminSessions", u"&Supprimer l'\u00e9preuve\u2026", None))
        self.papersHint.setText(QCoreApplication.translate("AdminSessions", u"Heures locales du centre, imprim\u00e9es telles quelles sur les convocations.", None))
        pass
    # retranslateUi
