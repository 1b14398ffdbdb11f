# generated from ui/email.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'email.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_EmailDialog(object):
    def setupUi(self, EmailDialog):
        if not EmailDialog.objectName():
            EmailDialog.setObjectName(u"EmailDialog")
        EmailDialog.resize(520, 300)
        self.mainLayout = QVBoxLayout(EmailDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(EmailDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(EmailDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.currentCaption = QLabel(EmailDialog)
        self.currentCaption.setObjectName(u"currentCaption")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentCaption)

        self.currentValue = QLabel(EmailDialog)
        self.currentValue.setObjectName(u"currentValue")
        self.currentValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentValue)

        self.newLabel = QLabel(EmailDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newEdit = QLineEdit(EmailDialog)
        self.newEdit.setObjectName(u"newEdit")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newEdit)


        self.mainLayout.addLayout(self.form)

        self.errorLabel = QLabel(EmailDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(EmailDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.newLabel.setBuddy(self.newEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(EmailDialog)

        QMetaObject.connectSlotsByName(EmailDialog)
    # setupUi

    def retranslateUi(self, EmailDialog):
        EmailDialog.setWindowTitle(QCoreApplication.translate("EmailDialog", u"Changer l'adresse e-mail", None))
        self.titleLabel.setText(QCoreApplication.translate("EmailDialog", u"Changer l'adresse e-mail", None))
        self.introLabel.setText(QCoreApplication.translate("EmailDialog", u"L'adresse e-mail est l'identifiant de connexion du candidat : la nouvelle adresse le remplace d\u00e8s l'enregistrement. L'ancienne et la nouvelle adresse sont pr\u00e9venues par e-mail.", None))
        self.currentCaption.setText(QCoreApplication.translate("EmailDialog", u"Adresse actuelle", None))
        self.newLabel.setText(QCoreApplication.translate("EmailDialog", u"&Nouvelle adresse", None))
        self.newEdit.setPlaceholderText(QCoreApplication.translate("EmailDialog", u"prenom.nom@exemple.fr", None))
        self.errorLabel.setText("")
    # retranslateUi
