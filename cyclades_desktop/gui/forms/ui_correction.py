# generated from ui/correction.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'correction.ui'
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
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDialog, QFormLayout,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy,
    QSpacerItem, QStackedWidget, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_CorrectionDialog(object):
    def setupUi(self, CorrectionDialog):
        if not CorrectionDialog.objectName():
            CorrectionDialog.setObjectName(u"CorrectionDialog")
        CorrectionDialog.resize(640, 700)
        self.mainLayout = QVBoxLayout(CorrectionDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(CorrectionDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.lockBanner = QLabel(CorrectionDialog)
        self.lockBanner.setObjectName(u"lockBanner")
        self.lockBanner.setWordWrap(True)

        self.mainLayout.addWidget(self.lockBanner)

        self.pages = QStackedWidget(CorrectionDialog)
        self.pages.setObjectName(u"pages")
        self.editPage = QWidget()
        self.editPage.setObjectName(u"editPage")
        self.editLayout = QVBoxLayout(self.editPage)
        self.editLayout.setObjectName(u"editLayout")
        self.editLayout.setContentsMargins(0, 0, 0, 0)
        self.fieldsScroll = QScrollArea(self.editPage)
        self.fieldsScroll.setObjectName(u"fieldsScroll")
        self.fieldsScroll.setWidgetResizable(True)
        self.fieldsWidget = QWidget()
        self.fieldsWidget.setObjectName(u"fieldsWidget")
        self.fieldsForm = QFormLayout(self.fieldsWidget)
        self.fieldsForm.setObjectName(u"fieldsForm")
        self.fieldsForm.setHorizontalSpacing(14)
        self.fieldsForm.setVerticalSpacing(6)
        self.fieldsScroll.setWidget(self.fieldsWidget)

        self.editLayout.addWidget(self.fieldsScroll)

        self.reasonLabel = QLabel(self.editPage)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.editLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(self.editPage)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setMaximumSize(QSize(16777215, 80))
        self.reasonEdit.setTabChangesFocus(True)

        self.editLayout.addWidget(self.reasonEdit)

        self.pages.addWidget(self.editPage)
        self.confirmPage = QWidget()
        self.confirmPage.setObjectName(u"confirmPage")
        self.confirmLayout = QVBoxLayout(self.confirmPage)
        self.confirmLayout.setObjectName(u"confirmLayout")
        self.confirmLayout.setContentsMargins(0, 0, 0, 0)
        self.summaryLabel = QLabel(self.confirmPage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.confirmLayout.addWidget(self.summaryLabel)

        self.summaryTable = QTableWidget(self.confirmPage)
        if (self.summaryTable.columnCount() < 3):
            self.summaryTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.summaryTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.summaryTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.summaryTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.summaryTable.setObjectName(u"summaryTable")
        self.summaryTable.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.summaryTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.summaryTable.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summaryTable.setShowGrid(False)
        self.summaryTable.setColumnCount(3)
        self.summaryTable.horizontalHeader().setStretchLastSection(True)
        self.summaryTable.verticalHeader().setVisible(False)

        self.confirmLayout.addWidget(self.summaryTable)

        self.reasonSummary = QLabel(self.confirmPage)
        self.reasonSummary.setObjectName(u"reasonSummary")
        self.reasonSummary.setWordWrap(True)

        self.confirmLayout.addWidget(self.reasonSummary)

        self.consequencesLabel = QLabel(self.confirmPage)
        self.consequencesLabel.setObjectName(u"consequencesLabel")
        self.consequencesLabel.setWordWrap(True)

        self.confirmLayout.addWidget(self.consequencesLabel)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.passwordLabel = QLabel(self.confirmPage)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(self.confirmPage)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.confirmLayout.addLayout(self.passwordForm)

        self.pages.addWidget(self.confirmPage)

        self.mainLayout.addWidget(self.pages)

        self.errorLabel = QLabel(CorrectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.backButton = QPushButton(CorrectionDialog)
        self.backButton.setObjectName(u"backButton")

        self.buttonsLayout.addWidget(self.backButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(CorrectionDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)

        self.nextButton = QPushButton(CorrectionDialog)
        self.nextButton.setObjectName(u"nextButton")

        self.buttonsLayout.addWidget(self.nextButton)

        self.saveButton = QPushButton(CorrectionDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CorrectionDialog)

        self.nextButton.setDefault(True)


        QMetaObject.connectSlotsByName(CorrectionDialog)
    # setupUi

    def retranslateUi(self, CorrectionDialog):
        CorrectionDialog.setWindowTitle(QCoreApplication.translate("CorrectionDialog", u"Corriger l'identit\u00e9", None))
        self.titleLabel.setText(QCoreApplication.translate("CorrectionDialog", u"Corriger l'identit\u00e9", None))
        self.lockBanner.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("CorrectionDialog", u"&Motif de la correction (obligatoire, conserv\u00e9 au journal)", None))
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"ex. : erreur de saisie du nom, constat\u00e9e sur la pi\u00e8ce d'identit\u00e9 pr\u00e9sent\u00e9e le 2 novembre.", None))
        self.summaryLabel.setText(QCoreApplication.translate("CorrectionDialog", u"V\u00e9rifiez les changements avant de les enregistrer :", None))
        ___qtablewidgetitem = self.summaryTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("CorrectionDialog", u"Donn\u00e9e", None))
        ___qtablewidgetitem1 = self.summaryTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("CorrectionDialog", u"Avant", None))
        ___qtablewidgetitem2 = self.summaryTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("CorrectionDialog", u"Apr\u00e8s", None))
        self.reasonSummary.setText("")
        self.consequencesLabel.setText(QCoreApplication.translate("CorrectionDialog", u"La correction sera inscrite au journal, le candidat en sera inform\u00e9 par e-mail et son r\u00e9capitulatif d'inscription sera r\u00e9\u00e9dit\u00e9.", None))
        self.passwordLabel.setText(QCoreApplication.translate("CorrectionDialog", u"Votre &mot de passe", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("CorrectionDialog", u"pour confirmer la correction", None))
        self.errorLabel.setText("")
        self.backButton.setText(QCoreApplication.translate("CorrectionDialog", u"< &Retour", None))
        self.cancelButton.setText(QCoreApplication.translate("CorrectionDialog", u"Annuler", None))
        self.nextButton.setText(QCoreApplication.translate("CorrectionDialog", u"&V\u00e9rifier les changements >", None))
        self.saveButton.setText(QCoreApplication.translate("CorrectionDialog", u"&Enregistrer la correction", None))
    # retranslateUi
