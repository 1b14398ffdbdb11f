# generated from ui/dbpassword.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'dbpassword.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_DatabasePasswordDialog(object):
    def setupUi(self, DatabasePasswordDialog):
        if not DatabasePasswordDialog.objectName():
            DatabasePasswordDialog.setObjectName(u"DatabasePasswordDialog")
        DatabasePasswordDialog.resize(480, 300)
        self.mainLayout = QVBoxLayout(DatabasePasswordDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.messageLabel = QLabel(DatabasePasswordDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.serverCaption = QLabel(DatabasePasswordDialog)
        self.serverCaption.setObjectName(u"serverCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.serverCaption)

        self.serverValue = QLabel(DatabasePasswordDialog)
        self.serverValue.setObjectName(u"serverValue")
        self.serverValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.serverValue)

        self.userLabel = QLabel(DatabasePasswordDialog)
        self.userLabel.setObjectName(u"userLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userLabel)

        self.userEdit = QLineEdit(DatabasePasswordDialog)
        self.userEdit.setObjectName(u"userEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userEdit)

        self.passwordLabel = QLabel(DatabasePasswordDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(DatabasePasswordDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.rememberCheck = QCheckBox(DatabasePasswordDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.mainLayout.addLayout(self.form)

        self.keyringLabel = QLabel(DatabasePasswordDialog)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.keyringLabel)

        self.errorLabel = QLabel(DatabasePasswordDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DatabasePasswordDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DatabasePasswordDialog)

        QMetaObject.connectSlotsByName(DatabasePasswordDialog)
    # setupUi

    def retranslateUi(self, DatabasePasswordDialog):
        DatabasePasswordDialog.setWindowTitle(QCoreApplication.translate("DatabasePasswordDialog", u"Connexion \u00e0 la base partag\u00e9e", None))
        self.messageLabel.setText(QCoreApplication.translate("DatabasePasswordDialog", u"Le serveur PostgreSQL demande un mot de passe pour ce poste.", None))
        self.serverCaption.setText(QCoreApplication.translate("DatabasePasswordDialog", u"Base", None))
        self.userLabel.setText(QCoreApplication.translate("DatabasePasswordDialog", u"&Utilisateur", None))
        self.passwordLabel.setText(QCoreApplication.translate("DatabasePasswordDialog", u"&Mot de passe", None))
        self.rememberCheck.setText(QCoreApplication.translate("DatabasePasswordDialog", u"Se &souvenir de moi sur ce poste", None))
        self.keyringLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi
