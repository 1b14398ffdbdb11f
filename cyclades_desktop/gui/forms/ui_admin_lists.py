# generated from ui/admin_lists.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_lists.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QGridLayout,
    QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableView, QVBoxLayout,
    QWidget)

class Ui_AdminLists(object):
    def setupUi(self, AdminLists):
        if not AdminLists.objectName():
            AdminLists.setObjectName(u"AdminLists")
        AdminLists.resize(1200, 760)
        self.mainLayout = QVBoxLayout(AdminLists)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 10)
        self.titleLabel = QLabel(AdminLists)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AdminLists)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.filtersGrid = QGridLayout()
        self.filtersGrid.setObjectName(u"filtersGrid")
        self.filtersGrid.setHorizontalSpacing(10)
        self.filtersGrid.setVerticalSpacing(6)
        self.kindLabel = QLabel(AdminLists)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filtersGrid.addWidget(self.kindLabel, 0, 0, 1, 1)

        self.kindCombo = QComboBox(AdminLists)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setMinimumSize(QSize(280, 0))

        self.filtersGrid.addWidget(self.kindCombo, 0, 1, 1, 1)

        self.sessionLabel = QLabel(AdminLists)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.filtersGrid.addWidget(self.sessionLabel, 0, 2, 1, 1)

        self.sessionCombo = QComboBox(AdminLists)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setMinimumSize(QSize(560, 0))
        self.sessionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.filtersGrid.addWidget(self.sessionCombo, 0, 3, 1, 1)

        self.centreLabel = QLabel(AdminLists)
        self.centreLabel.setObjectName(u"centreLabel")

        self.filtersGrid.addWidget(self.centreLabel, 1, 0, 1, 1)

        self.centreCombo = QComboBox(AdminLists)
        self.centreCombo.setObjectName(u"centreCombo")

        self.filtersGrid.addWidget(self.centreCombo, 1, 1, 1, 1)

        self.statusLabel = QLabel(AdminLists)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filtersGrid.addWidget(self.statusLabel, 1, 2, 1, 1)

        self.statusCombo = QComboBox(AdminLists)
        self.statusCombo.setObjectName(u"statusCombo")

        self.filtersGrid.addWidget(self.statusCombo, 1, 3, 1, 1)

        self.filtersSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filtersGrid.addItem(self.filtersSpacer, 0, 4, 2, 1)


        self.mainLayout.addLayout(self.filtersGrid)

        self.messageLabel = QLabel(AdminLists)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.listView = QTableView(AdminLists)
        self.listView.setObjectName(u"listView")
        self.listView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.listView.setAlternatingRowColors(True)
        self.listView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.listView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.listView.setShowGrid(False)
        self.listView.horizontalHeader().setStretchLastSection(True)
        self.listView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.listView)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(AdminLists)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.reloadButton = QPushButton(AdminLists)
        self.reloadButton.setObjectName(u"reloadButton")

        self.bottomLayout.addWidget(self.reloadButton)

        self.exportButton = QPushButton(AdminLists)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.centreLabel.setBuddy(self.centreCombo)
        self.statusLabel.setBuddy(self.statusCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminLists)

        QMetaObject.connectSlotsByName(AdminLists)
    # setupUi

    def retranslateUi(self, AdminLists):
        self.titleLabel.setText(QCoreApplication.translate("AdminLists", u"Listes et exports", None))
        self.introLabel.setText(QCoreApplication.translate("AdminLists", u"Les listes s'affichent page par page ; l'export CSV (UTF-8, s\u00e9parateur \u00ab ; \u00bb, en-t\u00eates en fran\u00e7ais) contient toute la liste. Une valeur qu'un tableur prendrait pour une formule y est pr\u00e9c\u00e9d\u00e9e d'une apostrophe.", None))
        self.kindLabel.setText(QCoreApplication.translate("AdminLists", u"&Liste", None))
        self.sessionLabel.setText(QCoreApplication.translate("AdminLists", u"&Session", None))
        self.centreLabel.setText(QCoreApplication.translate("AdminLists", u"&Centre", None))
        self.statusLabel.setText(QCoreApplication.translate("AdminLists", u"S&tatut", None))
        self.messageLabel.setText("")
        self.countLabel.setText("")
        self.reloadButton.setText(QCoreApplication.translate("AdminLists", u"&Actualiser", None))
        self.exportButton.setText(QCoreApplication.translate("AdminLists", u"&Exporter en CSV\u2026", None))
        pass
    # retranslateUi
