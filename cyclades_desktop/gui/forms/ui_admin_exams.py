# generated from ui/admin_exams.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_exams.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame,
    QGridLayout, QGroupBox, QHBoxLayout, QHeaderView,
    QLabel, QLineEdit, QPlainTextEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout,
    QWidget)

class Ui_AdminExams(object):
    def setupUi(self, AdminExams):
        if not AdminExams.objectName():
            AdminExams.setObjectName(u"AdminExams")
        AdminExams.resize(1200, 760)
        self.mainLayout = QVBoxLayout(AdminExams)
        self.mainLayout.setSpacing(8)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(14, 12, 14, 10)
        self.titleLabel = QLabel(AdminExams)
        self.titleLabel.setObjectName(u"titleLabel")

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(AdminExams)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.messageLabel = QLabel(AdminExams)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.splitter = QSplitter(AdminExams)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.examsTable = QTableWidget(self.splitter)
        if (self.examsTable.columnCount() < 3):
            self.examsTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.examsTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.examsTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.examsTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.examsTable.setObjectName(u"examsTable")
        self.examsTable.setMinimumSize(QSize(280, 0))
        self.examsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.examsTable.setAlternatingRowColors(True)
        self.examsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.examsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.examsTable.setShowGrid(False)
        self.examsTable.setColumnCount(3)
        self.splitter.addWidget(self.examsTable)
        self.examsTable.horizontalHeader().setStretchLastSection(True)
        self.examsTable.verticalHeader().setVisible(False)
        self.detailsPane = QWidget(self.splitter)
        self.detailsPane.setObjectName(u"detailsPane")
        self.detailsPaneLayout = QVBoxLayout(self.detailsPane)
        self.detailsPaneLayout.setObjectName(u"detailsPaneLayout")
        self.detailsPaneLayout.setContentsMargins(0, 0, 0, 0)
        self.detailsScroll = QScrollArea(self.detailsPane)
        self.detailsScroll.setObjectName(u"detailsScroll")
        self.detailsScroll.setWidgetResizable(True)
        self.detailsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailsPage = QWidget()
        self.detailsPage.setObjectName(u"detailsPage")
        self.detailsLayout = QVBoxLayout(self.detailsPage)
        self.detailsLayout.setObjectName(u"detailsLayout")
        self.detailsLayout.setContentsMargins(6, 0, 6, -1)
        self.identityGrid = QGridLayout()
        self.identityGrid.setObjectName(u"identityGrid")
        self.identityGrid.setHorizontalSpacing(12)
        self.identityGrid.setVerticalSpacing(8)
        self.codeLabel = QLabel(self.detailsPage)
        self.codeLabel.setObjectName(u"codeLabel")

        self.identityGrid.addWidget(self.codeLabel, 0, 0, 1, 1)

        self.codeEdit = QLineEdit(self.detailsPage)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(20)

        self.identityGrid.addWidget(self.codeEdit, 0, 1, 1, 1)

        self.kindLabel = QLabel(self.detailsPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.identityGrid.addWidget(self.kindLabel, 0, 2, 1, 1)

        self.kindCombo = QComboBox(self.detailsPage)
        self.kindCombo.setObjectName(u"kindCombo")

        self.identityGrid.addWidget(self.kindCombo, 0, 3, 1, 1)

        self.nameLabel = QLabel(self.detailsPage)
        self.nameLabel.setObjectName(u"nameLabel")

        self.identityGrid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(self.detailsPage)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.identityGrid.addWidget(self.nameEdit, 1, 1, 1, 3)

        self.levelLabel = QLabel(self.detailsPage)
        self.levelLabel.setObjectName(u"levelLabel")

        self.identityGrid.addWidget(self.levelLabel, 2, 0, 1, 1)

        self.levelEdit = QLineEdit(self.detailsPage)
        self.levelEdit.setObjectName(u"levelEdit")
        self.levelEdit.setMaxLength(60)

        self.identityGrid.addWidget(self.levelEdit, 2, 1, 1, 1)

        self.requiredLabel = QLabel(self.detailsPage)
        self.requiredLabel.setObjectName(u"requiredLabel")

        self.identityGrid.addWidget(self.requiredLabel, 2, 2, 1, 1)

        self.requiredSpin = QSpinBox(self.detailsPage)
        self.requiredSpin.setObjectName(u"requiredSpin")
        self.requiredSpin.setMaximum(10)

        self.identityGrid.addWidget(self.requiredSpin, 2, 3, 1, 1)


        self.detailsLayout.addLayout(self.identityGrid)

        self.listsHint = QLabel(self.detailsPage)
        self.listsHint.setObjectName(u"listsHint")
        self.listsHint.setWordWrap(True)

        self.detailsLayout.addWidget(self.listsHint)

        self.listsGrid = QGridLayout()
        self.listsGrid.setObjectName(u"listsGrid")
        self.listsGrid.setHorizontalSpacing(10)
        self.listsGrid.setVerticalSpacing(4)
        self.seriesLabel = QLabel(self.detailsPage)
        self.seriesLabel.setObjectName(u"seriesLabel")

        self.listsGrid.addWidget(self.seriesLabel, 0, 0, 1, 1)

        self.specialitiesLabel = QLabel(self.detailsPage)
        self.specialitiesLabel.setObjectName(u"specialitiesLabel")

        self.listsGrid.addWidget(self.specialitiesLabel, 0, 1, 1, 1)

        self.seriesEdit = QPlainTextEdit(self.detailsPage)
        self.seriesEdit.setObjectName(u"seriesEdit")
        self.seriesEdit.setTabChangesFocus(True)
        self.seriesEdit.setMaximumSize(QSize(16777215, 110))
        self.seriesEdit.setMinimumSize(QSize(0, 80))

        self.listsGrid.addWidget(self.seriesEdit, 1, 0, 1, 1)

        self.specialitiesEdit = QPlainTextEdit(self.detailsPage)
        self.specialitiesEdit.setObjectName(u"specialitiesEdit")
        self.specialitiesEdit.setTabChangesFocus(True)
        self.specialitiesEdit.setMaximumSize(QSize(16777215, 110))
        self.specialitiesEdit.setMinimumSize(QSize(0, 80))

        self.listsGrid.addWidget(self.specialitiesEdit, 1, 1, 1, 1)

        self.optionsLabel = QLabel(self.detailsPage)
        self.optionsLabel.setObjectName(u"optionsLabel")

        self.listsGrid.addWidget(self.optionsLabel, 2, 0, 1, 1)

        self.languagesLabel = QLabel(self.detailsPage)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.listsGrid.addWidget(self.languagesLabel, 2, 1, 1, 1)

        self.optionsEdit = QPlainTextEdit(self.detailsPage)
        self.optionsEdit.setObjectName(u"optionsEdit")
        self.optionsEdit.setTabChangesFocus(True)
        self.optionsEdit.setMaximumSize(QSize(16777215, 110))
        self.optionsEdit.setMinimumSize(QSize(0, 70))

        self.listsGrid.addWidget(self.optionsEdit, 3, 0, 1, 1)

        self.languagesEdit = QPlainTextEdit(self.detailsPage)
        self.languagesEdit.setObjectName(u"languagesEdit")
        self.languagesEdit.setTabChangesFocus(True)
        self.languagesEdit.setMaximumSize(QSize(16777215, 110))
        self.languagesEdit.setMinimumSize(QSize(0, 70))

        self.listsGrid.addWidget(self.languagesEdit, 3, 1, 1, 1)


        self.detailsLayout.addLayout(self.listsGrid)

        self.documentsBox = QGroupBox(self.detailsPage)
        self.documentsBox.setObjectName(u"documentsBox")
        self.documentsLayout = QVBoxLayout(self.documentsBox)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsTable = QTableWidget(self.documentsBox)
        if (self.documentsTable.columnCount() < 3):
            self.documentsTable.setColumnCount(3)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.documentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem5)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setMinimumSize(QSize(0, 120))
        self.documentsTable.setAlternatingRowColors(True)
        self.documentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsTable.setShowGrid(False)
        self.documentsTable.setColumnCount(3)
        self.documentsTable.horizontalHeader().setStretchLastSection(False)
        self.documentsTable.verticalHeader().setVisible(False)

        self.documentsLayout.addWidget(self.documentsTable)

        self.documentsButtons = QHBoxLayout()
        self.documentsButtons.setObjectName(u"documentsButtons")
        self.addDocumentButton = QPushButton(self.documentsBox)
        self.addDocumentButton.setObjectName(u"addDocumentButton")

        self.documentsButtons.addWidget(self.addDocumentButton)

        self.documentsHint = QLabel(self.documentsBox)
        self.documentsHint.setObjectName(u"documentsHint")
        self.documentsHint.setWordWrap(True)

        self.documentsButtons.addWidget(self.documentsHint)


        self.documentsLayout.addLayout(self.documentsButtons)


        self.detailsLayout.addWidget(self.documentsBox)

        self.detailsScroll.setWidget(self.detailsPage)

        self.detailsPaneLayout.addWidget(self.detailsScroll)

        self.errorLabel = QLabel(self.detailsPane)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.detailsPaneLayout.addWidget(self.errorLabel)

        self.detailsButtons = QHBoxLayout()
        self.detailsButtons.setObjectName(u"detailsButtons")
        self.newButton = QPushButton(self.detailsPane)
        self.newButton.setObjectName(u"newButton")

        self.detailsButtons.addWidget(self.newButton)

        self.detailsButtonsSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailsButtons.addItem(self.detailsButtonsSpacer)

        self.revertButton = QPushButton(self.detailsPane)
        self.revertButton.setObjectName(u"revertButton")

        self.detailsButtons.addWidget(self.revertButton)

        self.saveButton = QPushButton(self.detailsPane)
        self.saveButton.setObjectName(u"saveButton")

        self.detailsButtons.addWidget(self.saveButton)


        self.detailsPaneLayout.addLayout(self.detailsButtons)

        self.detailsPaneLayout.setStretch(0, 1)
        self.splitter.addWidget(self.detailsPane)

        self.mainLayout.addWidget(self.splitter)

        self.bottomLayout = QHBoxLayout()
        self.bottomLayout.setObjectName(u"bottomLayout")
        self.countLabel = QLabel(AdminExams)
        self.countLabel.setObjectName(u"countLabel")

        self.bottomLayout.addWidget(self.countLabel)

        self.bottomSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottomLayout.addItem(self.bottomSpacer)

        self.reloadButton = QPushButton(AdminExams)
        self.reloadButton.setObjectName(u"reloadButton")

        self.bottomLayout.addWidget(self.reloadButton)


        self.mainLayout.addLayout(self.bottomLayout)

        self.mainLayout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.nameLabel.setBuddy(self.nameEdit)
        self.levelLabel.setBuddy(self.levelEdit)
        self.requiredLabel.setBuddy(self.requiredSpin)
        self.seriesLabel.setBuddy(self.seriesEdit)
        self.specialitiesLabel.setBuddy(self.specialitiesEdit)
        self.optionsLabel.setBuddy(self.optionsEdit)
        self.languagesLabel.setBuddy(self.languagesEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(AdminExams)

        QMetaObject.connectSlotsByName(AdminExams)
    # setupUi

    def retranslateUi(self, AdminExams):
        self.titleLabel.setText(QCoreApplication.translate("AdminExams", u"Catalogue des examens et concours", None))
        self.introLabel.setText(QCoreApplication.translate("AdminExams", u"Ce que chaque examen propose aux candidats (s\u00e9ries, sp\u00e9cialit\u00e9s, options, langues) et les pi\u00e8ces justificatives qu'il demande. Une valeur d\u00e9j\u00e0 choisie par un candidat ne peut plus \u00eatre retir\u00e9e ; une pi\u00e8ce demand\u00e9e peut devenir facultative mais reste dans la liste.", None))
        self.messageLabel.setText("")
        ___qtablewidgetitem = self.examsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AdminExams", u"Code", None))
        ___qtablewidgetitem1 = self.examsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AdminExams", u"Type", None))
        ___qtablewidgetitem2 = self.examsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AdminExams", u"Examen ou concours", None))
        self.codeLabel.setText(QCoreApplication.translate("AdminExams", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("AdminExams", u"BAC-GEN", None))
        self.kindLabel.setText(QCoreApplication.translate("AdminExams", u"&Type", None))
        self.nameLabel.setText(QCoreApplication.translate("AdminExams", u"&Intitul\u00e9", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("AdminExams", u"Baccalaur\u00e9at g\u00e9n\u00e9ral", None))
        self.levelLabel.setText(QCoreApplication.translate("AdminExams", u"&Niveau", None))
        self.levelEdit.setPlaceholderText(QCoreApplication.translate("AdminExams", u"IV", None))
        self.requiredLabel.setText(QCoreApplication.translate("AdminExams", u"Sp\u00e9cialit\u00e9s e&xig\u00e9es", None))
        self.listsHint.setText(QCoreApplication.translate("AdminExams", u"Une valeur par ligne.", None))
        self.seriesLabel.setText(QCoreApplication.translate("AdminExams", u"&S\u00e9ries", None))
        self.specialitiesLabel.setText(QCoreApplication.translate("AdminExams", u"S&p\u00e9cialit\u00e9s", None))
        self.optionsLabel.setText(QCoreApplication.translate("AdminExams", u"&Options", None))
        self.languagesLabel.setText(QCoreApplication.translate("AdminExams", u"&Langues vivantes", None))
        self.documentsBox.setTitle(QCoreApplication.translate("AdminExams", u"Pi\u00e8ces justificatives demand\u00e9es", None))
        ___qtablewidgetitem3 = self.documentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AdminExams", u"Code", None))
        ___qtablewidgetitem4 = self.documentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AdminExams", u"Pi\u00e8ce", None))
        ___qtablewidgetitem5 = self.documentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AdminExams", u"Obligatoire", None))
        self.addDocumentButton.setText(QCoreApplication.translate("AdminExams", u"Ajouter une &pi\u00e8ce", None))
        self.documentsHint.setText(QCoreApplication.translate("AdminExams", u"Double-cliquez sur un code ou un intitul\u00e9 pour le modifier ; d\u00e9cochez \u00ab Obligatoire \u00bb pour rendre une pi\u00e8ce facultative.", None))
        self.errorLabel.setText("")
        self.newButton.setText(QCoreApplication.translate("AdminExams", u"&Nouvel examen", None))
        self.revertButton.setText(QCoreApplication.translate("AdminExams", u"Annuler les &modifications", None))
        self.saveButton.setText(QCoreApplication.translate("AdminExams", u"&Enregistrer", None))
        self.countLabel.setText("")
        self.reloadButton.setText(QCoreApplication.translate("AdminExams", u"&Actualiser", None))
        pass
    # retranslateUi
