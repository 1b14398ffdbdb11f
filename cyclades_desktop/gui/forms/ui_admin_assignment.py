# generated from ui/admin_assignment.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_assignment.ui'
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
    QGroupBox, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_AdminAssignment(object):
    def setupUi(self, AdminAssignment):
        if not AdminAssignment.objectName():
            AdminAssignment.setObjectName(u"AdminAssignment")
        AdminAssignment.resize(1200, 760)
        self.mainLayout = QVBoxLayout(AdminAssignment)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 10)
        self.titleLabel = QLabel(AdminAssignment)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AdminAssignment)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.sessionLayout = QHBoxLayout()
        self.sessionLayout.setObjectName(u"sessionLayout")
        self.sessionLabel = QLabel(AdminAssignment)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.sessionLayout.addWidget(self.sessionLabel)

        self.sessionCombo = QComboBox(AdminAssignment)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setMinimumSize(QSize(560, 0))
        self.sessionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.sessionLayout.addWidget(self.sessionCombo)

        self.sessionSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.sessionLayout.addItem(self.sessionSpacer)

        self.reloadButton = QPushButton(AdminAssignment)
        self.reloadButton.setObjectName(u"reloadButton")

        self.sessionLayout.addWidget(self.reloadButton)


        self.mainLayout.addLayout(self.sessionLayout)

        self.messageLabel = QLabel(AdminAssignment)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(AdminAssignment)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.loadsBox = QGroupBox(self.splitter)
        self.loadsBox.setObjectName(u"loadsBox")
        self.loadsLayout = QVBoxLayout(self.loadsBox)
        self.loadsLayout.setObjectName(u"loadsLayout")
        self.loadsTable = QTableWidget(self.loadsBox)
        if (self.loadsTable.columnCount() < 6):
            self.loadsTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.loadsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.loadsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.loadsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.loadsTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.loadsTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.loadsTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.loadsTable.setObjectName(u"loadsTable")
        self.loadsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loadsTable.setAlternatingRowColors(True)
        self.loadsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.loadsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.loadsTable.setShowGrid(False)
        self.loadsTable.setColumnCount(6)
        self.loadsTable.horizontalHeader().setStretchLastSection(False)
        self.loadsTable.verticalHeader().setVisible(False)

        self.loadsLayout.addWidget(self.loadsTable)

        self.autoLayout = QHBoxLayout()
        self.autoLayout.setObjectName(u"autoLayout")
        self.autoButton = QPushButton(self.loadsBox)
        self.autoButton.setObjectName(u"autoButton")

        self.autoLayout.addWidget(self.autoButton)

        self.totalsLabel = QLabel(self.loadsBox)
        self.totalsLabel.setObjectName(u"totalsLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.totalsLabel.sizePolicy().hasHeightForWidth())
        self.totalsLabel.setSizePolicy(sizePolicy)
        self.totalsLabel.setWordWrap(True)

        self.autoLayout.addWidget(self.totalsLabel)


        self.loadsLayout.addLayout(self.autoLayout)

        self.splitter.addWidget(self.loadsBox)
        self.manualBox = QGroupBox(self.splitter)
        self.manualBox.setObjectName(u"manualBox")
        self.manualLayout = QVBoxLayout(self.manualBox)
        self.manualLayout.setObjectName(u"manualLayout")
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchEdit = QLineEdit(self.manualBox)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)

        self.unassignedCheck = QCheckBox(self.manualBox)
        self.unassignedCheck.setObjectName(u"unassignedCheck")

        self.searchLayout.addWidget(self.unassignedCheck)


        self.manualLayout.addLayout(self.searchLayout)

        self.candidaturesView = QTableView(self.manualBox)
        self.candidaturesView.setObjectName(u"candidaturesView")
        self.candidaturesView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.candidaturesView.setAlternatingRowColors(True)
        self.candidaturesView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.candidaturesView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.candidaturesView.setShowGrid(False)
        self.candidaturesView.horizontalHeader().setStretchLastSection(True)
        self.candidaturesView.verticalHeader().setVisible(False)

        self.manualLayout.addWidget(self.candidaturesView)

        self.assignLayout = QHBoxLayout()
        self.assignLayout.setObjectName(u"assignLayout")
        self.countLabel = QLabel(self.manualBox)
        self.countLabel.setObjectName(u"countLabel")

        self.assignLayout.addWidget(self.countLabel)

        self.assignSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.assignLayout.addItem(self.assignSpacer)

        self.centreLabel = QLabel(self.manualBox)
        self.centreLabel.setObjectName(u"centreLabel")

        self.assignLayout.addWidget(self.centreLabel)

        self.centreCombo = QComboBox(self.manualBox)
        self.centreCombo.setObjectName(u"centreCombo")
        self.centreCombo.setMinimumSize(QSize(260, 0))

        self.assignLayout.addWidget(self.centreCombo)

        self.roomLabel = QLabel(self.manualBox)
        self.roomLabel.setObjectName(u"roomLabel")

        self.assignLayout.addWidget(self.roomLabel)

        self.roomEdit = QLineEdit(self.manualBox)
        self.roomEdit.setObjectName(u"roomEdit")
        self.roomEdit.setMaxLength(40)

        self.assignLayout.addWidget(self.roomEdit)

        self.assignButton = QPushButton(self.manualBox)
        self.assignButton.setObjectName(u"assignButton")

        self.assignLayout.addWidget(self.assignButton)


        self.manualLayout.addLayout(self.assignLayout)

        self.splitter.addWidget(self.manualBox)

        self.mainLayout.addWidget(self.splitter)

        self.mainLayout.setStretch(4, 1)
#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.centreLabel.setBuddy(self.centreCombo)
        self.roomLabel.setBuddy(self.roomEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminAssignment)

        QMetaObject.connectSlotsByName(AdminAssignment)
    # setupUi

    def retranslateUi(self, AdminAssignment):
        self.titleLabel.setText(QCoreApplication.translate("AdminAssignment", u"Affectation des candidats aux centres d'examen", None))
        self.introLabel.setText(QCoreApplication.translate("AdminAssignment", u"L'affectation automatique place chaque candidat inscrit et non encore affect\u00e9 dans un centre de son d\u00e9partement, sinon de l'acad\u00e9mie, sans jamais d\u00e9passer la capacit\u00e9 ; les candidats dont les am\u00e9nagements demandent une salle \u00e0 part vont en salle am\u00e9nag\u00e9e. La convocation reprend le centre et la salle.", None))
        self.sessionLabel.setText(QCoreApplication.translate("AdminAssignment", u"&Session", None))
        self.reloadButton.setText(QCoreApplication.translate("AdminAssignment", u"A&ctualiser", None))
        self.messageLabel.setText("")
        self.loadsBox.setTitle(QCoreApplication.translate("AdminAssignment", u"Centres de l'acad\u00e9mie de la session", None))
        ___qtablewidgetitem = self.loadsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdminAssignment", u"Centre", None))
        ___qtablewidgetitem1 = self.loadsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdminAssignment", u"UAI", None))
        ___qtablewidgetitem2 = self.loadsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AdminAssignment", u"Ville", None))
        ___qtablewidgetitem3 = self.loadsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AdminAssignment", u"Capacit\u00e9", None))
        ___qtablewidgetitem4 = self.loadsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AdminAssignment", u"Affect\u00e9s", None))
        ___qtablewidgetitem5 = self.loadsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AdminAssignment", u"Places libres", None))
        self.autoButton.setText(QCoreApplication.translate("AdminAssignment", u"Affecter &automatiquement", None))
        self.totalsLabel.setText("")
        self.manualBox.setTitle(QCoreApplication.translate("AdminAssignment", u"Affectation manuelle d'une candidature", None))
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("AdminAssignment", u"D\u00e9but du nom ou n\u00b0 d'inscription", None))
        self.unassignedCheck.setText(QCoreApplication.translate("AdminAssignment", u"&Non affect\u00e9es seulement", None))
        self.countLabel.setText("")
        self.centreLabel.setText(QCoreApplication.translate("AdminAssignment", u"C&entre", None))
        self.roomLabel.setText(QCoreApplication.translate("AdminAssignment", u"Sa&lle", None))
        self.roomEdit.setPlaceholderText(QCoreApplication.translate("AdminAssignment", u"Salle 3", None))
        self.assignButton.setText(QCoreApplication.translate("AdminAssignment", u"Affec&ter", None))
        pass
    # retranslateUi
