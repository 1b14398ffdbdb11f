# generated from ui/admin_journal.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_journal.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QCheckBox, QComboBox,
    QDateEdit, QGridLayout, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_AdminJournal(object):
    def setupUi(self, AdminJournal):
        if not AdminJournal.objectName():
            AdminJournal.setObjectName(u"AdminJournal")
        AdminJournal.resize(1200, 760)
        self.mainLayout = QVBoxLayout(AdminJournal)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 10)
        self.titleLabel = QLabel(AdminJournal)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AdminJournal)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.filtersGrid = QGridLayout()
        self.filtersGrid.setObjectName(u"filtersGrid")
        self.filtersGrid.setHorizontalSpacing(10)
        self.filtersGrid.setVerticalSpacing(6)
        self.personLabel = QLabel(AdminJournal)
        self.personLabel.setObjectName(u"personLabel")

        self.filtersGrid.addWidget(self.personLabel, 0, 0, 1, 1)

        self.personCombo = QComboBox(AdminJournal)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)
        self.personCombo.setMinimumSize(QSize(220, 0))

        self.filtersGrid.addWidget(self.personCombo, 0, 1, 1, 1)

        self.actionLabel = QLabel(AdminJournal)
        self.actionLabel.setObjectName(u"actionLabel")

        self.filtersGrid.addWidget(self.actionLabel, 0, 2, 1, 1)

        self.actionCombo = QComboBox(AdminJournal)
        self.actionCombo.setObjectName(u"actionCombo")
        self.actionCombo.setMinimumSize(QSize(260, 0))

        self.filtersGrid.addWidget(self.actionCombo, 0, 3, 1, 1)

        self.candidateLabel = QLabel(AdminJournal)
        self.candidateLabel.setObjectName(u"candidateLabel")

        self.filtersGrid.addWidget(self.candidateLabel, 0, 4, 1, 1)

        self.candidateEdit = QLineEdit(AdminJournal)
        self.candidateEdit.setObjectName(u"candidateEdit")
        self.candidateEdit.setMaxLength(16)
        self.candidateEdit.setClearButtonEnabled(True)

        self.filtersGrid.addWidget(self.candidateEdit, 0, 5, 1, 1)

        self.sinceCheck = QCheckBox(AdminJournal)
        self.sinceCheck.setObjectName(u"sinceCheck")

        self.filtersGrid.addWidget(self.sinceCheck, 1, 0, 1, 1)

        self.sinceEdit = QDateEdit(AdminJournal)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setCalendarPopup(True)

        self.filtersGrid.addWidget(self.sinceEdit, 1, 1, 1, 1)

        self.untilCheck = QCheckBox(AdminJournal)
        self.untilCheck.setObjectName(u"untilCheck")

        self.filtersGrid.addWidget(self.untilCheck, 1, 2, 1, 1)

        self.untilEdit = QDateEdit(AdminJournal)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setCalendarPopup(True)

        self.filtersGrid.addWidget(self.untilEdit, 1, 3, 1, 1)

        self.filterButtons = QHBoxLayout()
        self.filterButtons.setObjectName(u"filterButtons")
        self.filterButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterButtons.addItem(self.filterButtonsSpacer)

        self.clearButton = QPushButton(AdminJournal)
        self.clearButton.setObjectName(u"clearButton")

        self.filterButtons.addWidget(self.clearButton)

        self.applyButton = QPushButton(AdminJournal)
        self.applyButton.setObjectName(u"applyButton")

        self.filterButtons.addWidget(self.applyButton)


        self.filtersGrid.addLayout(self.filterButtons, 1, 4, 1, 2)


        self.mainLayout.addLayout(self.filtersGrid)

        self.messageLabel = QLabel(AdminJournal)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.journalView = QTableView(AdminJournal)
        self.journalView.setObjectName(u"journalView")
        self.journalView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.journalView.setAlternatingRowColors(True)
        self.journalView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.journalView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.journalView.setShowGrid(False)
        self.journalView.setWordWrap(False)
        self.journalView.horizontalHeader().setStretchLastSection(True)
        self.journalView.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.journalView)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(AdminJournal)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.verifyButton = QPushButton(AdminJournal)
        self.verifyButton.setObjectName(u"verifyButton")

        self.bottomLayout.addWidget(self.verifyButton)

        self.exportButton = QPushButton(AdminJournal)
        self.exportButton.setObjectName(u"exportButton")

        self.bottomLayout.addWidget(self.exportButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.candidateLabel.setBuddy(self.candidateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminJournal)

        QMetaObject.connectSlotsByName(AdminJournal)
    # setupUi

    def retranslateUi(self, AdminJournal):
        self.titleLabel.setText(QCoreApplication.translate("AdminJournal", u"Journal d'audit", None))
        self.introLabel.setText(QCoreApplication.translate("AdminJournal", u"Chaque changement, qui l'a fait, quand, avec l'ancienne et la nouvelle valeur ; les plus r\u00e9cents d'abord. Les \u00e9v\u00e9nements sont cha\u00een\u00e9s par empreinte : \u00ab V\u00e9rifier l'int\u00e9grit\u00e9 \u00bb d\u00e9tecte toute modification, suppression ou insertion apr\u00e8s coup.", None))
        self.personLabel.setText(QCoreApplication.translate("AdminJournal", u"&Personne", None))
        self.actionLabel.setText(QCoreApplication.translate("AdminJournal", u"A&ction", None))
        self.candidateLabel.setText(QCoreApplication.translate("AdminJournal", u"N\u00b0 de ca&ndidat", None))
        self.candidateEdit.setPlaceholderText(QCoreApplication.translate("AdminJournal", u"candidat ou inscription", None))
        self.sinceCheck.setText(QCoreApplication.translate("AdminJournal", u"&Du", None))
        self.sinceEdit.setDisplayFormat(QCoreApplication.translate("AdminJournal", u"dd/MM/yyyy", None))
        self.untilCheck.setText(QCoreApplication.translate("AdminJournal", u"A&u", None))
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("AdminJournal", u"dd/MM/yyyy", None))
        self.clearButton.setText(QCoreApplication.translate("AdminJournal", u"&Effacer les filtres", None))
        self.applyButton.setText(QCoreApplication.translate("AdminJournal", u"&Filtrer", None))
        self.messageLabel.setText("")
        self.countLabel.setText("")
        self.verifyButton.setText(QCoreApplication.translate("AdminJournal", u"&V\u00e9rifier l'int\u00e9grit\u00e9", None))
        self.exportButton.setText(QCoreApplication.translate("AdminJournal", u"E&xporter en CSV\u2026", None))
        pass
    # retranslateUi
