# generated from ui/statuschange.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'statuschange.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QDialog, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_StatusChangeDialog(object):
    def setupUi(self, StatusChangeDialog):
        if not StatusChangeDialog.objectName():
            StatusChangeDialog.setObjectName(u"StatusChangeDialog")
        StatusChangeDialog.resize(560, 520)
        self.mainLayout = QVBoxLayout(StatusChangeDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(StatusChangeDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.inscriptionLabel = QLabel(StatusChangeDialog)
        self.inscriptionLabel.setObjectName(u"inscriptionLabel")
        self.inscriptionLabel.setWordWrap(True)
        self.inscriptionLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.inscriptionLabel)

        self.warningLabel = QLabel(StatusChangeDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.reasonLabel = QLabel(StatusChangeDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.mainLayout.addWidget(self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(StatusChangeDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)
        self.reasonEdit.setMaximumSize(QSize(16777215, 90))

        self.mainLayout.addWidget(self.reasonEdit)

        self.understandCheck = QCheckBox(StatusChangeDialog)
        self.understandCheck.setObjectName(u"understandCheck")

        self.mainLayout.addWidget(self.understandCheck)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.passwordLabel = QLabel(StatusChangeDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(StatusChangeDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.mainLayout.addLayout(self.passwordForm)

        self.errorLabel = QLabel(StatusChangeDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(StatusChangeDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)

        self.confirmButton = QPushButton(StatusChangeDialog)
        self.confirmButton.setObjectName(u"confirmButton")

        self.buttonsLayout.addWidget(self.confirmButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.reasonLabel.setBuddy(self.reasonEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.reasonEdit, self.understandCheck)
        QWidget.setTabOrder(self.understandCheck, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.confirmButton)

        self.retranslateUi(StatusChangeDialog)

        self.cancelButton.setDefault(True)


        QMetaObject.connectSlotsByName(StatusChangeDialog)
    # setupUi

    def retranslateUi(self, StatusChangeDialog):
        StatusChangeDialog.setWindowTitle(QCoreApplication.translate("StatusChangeDialog", u"D\u00e9sinscrire", None))
        self.titleLabel.setText("")
        self.inscriptionLabel.setText("")
        self.warningLabel.setText("")
        self.reasonLabel.setText(QCoreApplication.translate("StatusChangeDialog", u"&Motif (obligatoire, conserv\u00e9 au journal)", None))
        self.understandCheck.setText("")
        self.passwordLabel.setText(QCoreApplication.translate("StatusChangeDialog", u"Votre mot de &passe", None))
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("StatusChangeDialog", u"pour confirmer", None))
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("StatusChangeDialog", u"Annuler", None))
        self.confirmButton.setText("")
    # retranslateUi
