# generated from ui/batch.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'batch.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QDialog,
    QFormLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QProgressBar, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_BatchDialog(object):
    def setupUi(self, BatchDialog):
        if not BatchDialog.objectName():
            BatchDialog.setObjectName(u"BatchDialog")
        BatchDialog.resize(820, 600)
        self.mainLayout = QVBoxLayout(BatchDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(BatchDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(BatchDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.selectionBox = QGroupBox(BatchDialog)
        self.selectionBox.setObjectName(u"selectionBox")
        self.selectionForm = QFormLayout(self.selectionBox)
        self.selectionForm.setObjectName(u"selectionForm")
        self.selectionForm.setHorizontalSpacing(14)
        self.selectionForm.setVerticalSpacing(8)
        self.sessionLabel = QLabel(self.selectionBox)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.selectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(self.selectionBox)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sessionCombo.setMinimumContentsLength(40)

        self.selectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.kindLabel = QLabel(self.selectionBox)
        self.kindLabel.setObjectName(u"kindLabel")

        self.selectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(self.selectionBox)
        self.kindCombo.setObjectName(u"kindCombo")

        self.selectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.centreLabel = QLabel(self.selectionBox)
        self.centreLabel.setObjectName(u"centreLabel")

        self.selectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.centreLabel)

        self.centreCombo = QComboBox(self.selectionBox)
        self.centreCombo.setObjectName(u"centreCombo")
        self.centreCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.centreCombo.setMinimumContentsLength(40)

        self.selectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.centreCombo)

        self.scopeLabel = QLabel(self.selectionBox)
        self.scopeLabel.setObjectName(u"scopeLabel")
        self.scopeLabel.setWordWrap(True)

        self.selectionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.scopeLabel)


        self.mainLayout.addWidget(self.selectionBox)

        self.progressBox = QGroupBox(BatchDialog)
        self.progressBox.setObjectName(u"progressBox")
        self.progressLayout = QVBoxLayout(self.progressBox)
        self.progressLayout.setSpacing(6)
        self.progressLayout.setObjectName(u"progressLayout")
        self.progressBar = QProgressBar(self.progressBox)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.progressLayout.addWidget(self.progressBar)

        self.figuresLayout = QHBoxLayout()
        self.figuresLayout.setSpacing(18)
        self.figuresLayout.setObjectName(u"figuresLayout")
        self.countLabel = QLabel(self.progressBox)
        self.countLabel.setObjectName(u"countLabel")

        self.figuresLayout.addWidget(self.countLabel)

        self.rateLabel = QLabel(self.progressBox)
        self.rateLabel.setObjectName(u"rateLabel")

        self.figuresLayout.addWidget(self.rateLabel)

        self.etaLabel = QLabel(self.progressBox)
        self.etaLabel.setObjectName(u"etaLabel")

        self.figuresLayout.addWidget(self.etaLabel)

        self.figuresSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.figuresLayout.addItem(self.figuresSpacer)


        self.progressLayout.addLayout(self.figuresLayout)

        self.countsLabel = QLabel(self.progressBox)
        self.countsLabel.setObjectName(u"countsLabel")
        self.countsLabel.setWordWrap(True)

        self.progressLayout.addWidget(self.countsLabel)

        self.resultLabel = QLabel(self.progressBox)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.progressLayout.addWidget(self.resultLabel)


        self.mainLayout.addWidget(self.progressBox)

        self.errorsBox = QGroupBox(BatchDialog)
        self.errorsBox.setObjectName(u"errorsBox")
        self.errorsLayout = QVBoxLayout(self.errorsBox)
        self.errorsLayout.setObjectName(u"errorsLayout")
        self.errorsTable = QTableWidget(self.errorsBox)
        if (self.errorsTable.columnCount() < 2):
            self.errorsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.errorsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.errorsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.errorsTable.setObjectName(u"errorsTable")
        self.errorsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.errorsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.errorsTable.setAlternatingRowColors(True)
        self.errorsTable.setWordWrap(True)
        self.errorsTable.setColumnCount(2)
        self.errorsTable.horizontalHeader().setStretchLastSection(True)
        self.errorsTable.verticalHeader().setVisible(False)

        self.errorsLayout.addWidget(self.errorsTable)

        self.errorsNote = QLabel(self.errorsBox)
        self.errorsNote.setObjectName(u"errorsNote")
        self.errorsNote.setWordWrap(True)

        self.errorsLayout.addWidget(self.errorsNote)


        self.mainLayout.addWidget(self.errorsBox)

        self.spacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.publishButton = QPushButton(BatchDialog)
        self.publishButton.setObjectName(u"publishButton")

        self.buttonsLayout.addWidget(self.publishButton)

        self.cancelButton = QPushButton(BatchDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.saveButton = QPushButton(BatchDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)

        self.printButton = QPushButton(BatchDialog)
        self.printButton.setObjectName(u"printButton")

        self.buttonsLayout.addWidget(self.printButton)

        self.closeButton = QPushButton(BatchDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.centreLabel.setBuddy(self.centreCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sessionCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.centreCombo)
        QWidget.setTabOrder(self.centreCombo, self.publishButton)
        QWidget.setTabOrder(self.publishButton, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.errorsTable)

        self.retranslateUi(BatchDialog)

        QMetaObject.connectSlotsByName(BatchDialog)
    # setupUi

    def retranslateUi(self, BatchDialog):
        BatchDialog.setWindowTitle(QCoreApplication.translate("BatchDialog", u"Publication par lots", None))
        self.titleLabel.setText(QCoreApplication.translate("BatchDialog", u"Publication par lots", None))
        self.introLabel.setText(QCoreApplication.translate("BatchDialog", u"G\u00e9n\u00e8re et publie la version \u00e0 jour d'un document pour chaque candidature inscrite de la s\u00e9lection, puis pr\u00e9pare un PDF unique pour l'imprimeur, tri\u00e9 par centre puis par nom. Un lot interrompu reprend l\u00e0 o\u00f9 il s'\u00e9tait arr\u00eat\u00e9, sans doublon.", None))
        self.selectionBox.setTitle(QCoreApplication.translate("BatchDialog", u"S\u00e9lection", None))
        self.sessionLabel.setText(QCoreApplication.translate("BatchDialog", u"&Session", None))
        self.kindLabel.setText(QCoreApplication.translate("BatchDialog", u"&Document", None))
        self.centreLabel.setText(QCoreApplication.translate("BatchDialog", u"&Centre d'examen", None))
        self.scopeLabel.setText("")
        self.progressBox.setTitle(QCoreApplication.translate("BatchDialog", u"Avancement", None))
        self.progressBar.setFormat(QCoreApplication.translate("BatchDialog", u"%p %", None))
        self.countLabel.setText("")
        self.rateLabel.setText("")
        self.etaLabel.setText("")
        self.countsLabel.setText("")
        self.resultLabel.setText("")
        self.errorsBox.setTitle(QCoreApplication.translate("BatchDialog", u"Documents en erreur", None))
        ___qtablewidgetitem = self.errorsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("BatchDialog", u"Candidature", None))
        ___qtablewidgetitem1 = self.errorsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("BatchDialog", u"Motif", None))
        self.errorsNote.setText("")
        self.publishButton.setText(QCoreApplication.translate("BatchDialog", u"&Publier", None))
        self.cancelButton.setText(QCoreApplication.translate("BatchDialog", u"&Annuler le lot", None))
        self.saveButton.setText(QCoreApplication.translate("BatchDialog", u"&Enregistrer le PDF pour l'imprimeur\u2026", None))
        self.printButton.setText(QCoreApplication.translate("BatchDialog", u"&Imprimer\u2026", None))
        self.closeButton.setText(QCoreApplication.translate("BatchDialog", u"&Fermer", None))
    # retranslateUi
