# generated from ui/marks.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'marks.ui'
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
    QFormLayout, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_MarksImportDialog(object):
    def setupUi(self, MarksImportDialog):
        if not MarksImportDialog.objectName():
            MarksImportDialog.setObjectName(u"MarksImportDialog")
        MarksImportDialog.resize(760, 520)
        self.mainLayout = QVBoxLayout(MarksImportDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(MarksImportDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(MarksImportDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.RichText)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.sessionLabel = QLabel(MarksImportDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(MarksImportDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")
        self.sessionCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.sessionCombo.setMinimumContentsLength(40)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.fileLabel = QLabel(MarksImportDialog)
        self.fileLabel.setObjectName(u"fileLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.fileLabel)

        self.fileLayout = QHBoxLayout()
        self.fileLayout.setSpacing(8)
        self.fileLayout.setObjectName(u"fileLayout")
        self.fileEdit = QLineEdit(MarksImportDialog)
        self.fileEdit.setObjectName(u"fileEdit")
        self.fileEdit.setReadOnly(True)

        self.fileLayout.addWidget(self.fileEdit)

        self.browseButton = QPushButton(MarksImportDialog)
        self.browseButton.setObjectName(u"browseButton")

        self.fileLayout.addWidget(self.browseButton)


        self.form.setLayout(1, QFormLayout.ItemRole.FieldRole, self.fileLayout)

        self.fileInfoLabel = QLabel(MarksImportDialog)
        self.fileInfoLabel.setObjectName(u"fileInfoLabel")
        self.fileInfoLabel.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.fileInfoLabel)


        self.mainLayout.addLayout(self.form)

        self.resultLabel = QLabel(MarksImportDialog)
        self.resultLabel.setObjectName(u"resultLabel")
        self.resultLabel.setWordWrap(True)
        self.resultLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.resultLabel)

        self.problemsTable = QTableWidget(MarksImportDialog)
        if (self.problemsTable.columnCount() < 2):
            self.problemsTable.setColumnCount(2)
        __qtablewidgetitem = QTableWidgetItem()
        self.problemsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.problemsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        self.problemsTable.setObjectName(u"problemsTable")
        self.problemsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problemsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.problemsTable.setAlternatingRowColors(True)
        self.problemsTable.setColumnCount(2)
        self.problemsTable.horizontalHeader().setStretchLastSection(True)
        self.problemsTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.problemsTable)

        self.spacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(MarksImportDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)

        self.importButton = QPushButton(MarksImportDialog)
        self.importButton.setObjectName(u"importButton")

        self.buttonsLayout.addWidget(self.importButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.fileLabel.setBuddy(self.browseButton)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sessionCombo, self.browseButton)
        QWidget.setTabOrder(self.browseButton, self.importButton)
        QWidget.setTabOrder(self.importButton, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.problemsTable)

        self.retranslateUi(MarksImportDialog)

        QMetaObject.connectSlotsByName(MarksImportDialog)
    # setupUi

    def retranslateUi(self, MarksImportDialog):
        MarksImportDialog.setWindowTitle(QCoreApplication.translate("MarksImportDialog", u"Importer des notes", None))
        self.titleLabel.setText(QCoreApplication.translate("MarksImportDialog", u"Importer des notes", None))
        self.introLabel.setText(QCoreApplication.translate("MarksImportDialog", u"Un fichier CSV par session (s\u00e9parateur \u00ab ; \u00bb ou \u00ab , \u00bb), avec les colonnes <b>numero_inscription</b>, <b>epreuve</b> (code de l'\u00e9preuve) et <b>note</b> (sur 20, ou ABS), et au besoin <b>conservee</b> (oui/non), <b>decision</b> et <b>mention</b>. Tout ou rien : si une seule ligne est en erreur, aucune note n'est import\u00e9e.", None))
        self.sessionLabel.setText(QCoreApplication.translate("MarksImportDialog", u"&Session", None))
        self.fileLabel.setText(QCoreApplication.translate("MarksImportDialog", u"&Fichier", None))
        self.fileEdit.setPlaceholderText(QCoreApplication.translate("MarksImportDialog", u"aucun fichier choisi", None))
        self.browseButton.setText(QCoreApplication.translate("MarksImportDialog", u"&Choisir\u2026", None))
        self.fileInfoLabel.setText("")
        self.resultLabel.setText("")
        ___qtablewidgetitem = self.problemsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("MarksImportDialog", u"Ligne", None))
        ___qtablewidgetitem1 = self.problemsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("MarksImportDialog", u"Motif du refus", None))
        self.closeButton.setText(QCoreApplication.translate("MarksImportDialog", u"&Fermer", None))
        self.importButton.setText(QCoreApplication.translate("MarksImportDialog", u"&Importer", None))
    # retranslateUi
