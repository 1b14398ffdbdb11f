# generated from ui/signin.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signin.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QApplication, QCheckBox,
    QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(480, 520)
        self.mainLayout = QVBoxLayout(SignInDialog)
        self.mainLayout.setSpacing(12)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(24, 20, 24, 16)
        self.headerLayout = QHBoxLayout()
        self.headerLayout.setSpacing(14)
        self.headerLayout.setObjectName(u"headerLayout")
        self.logoLabel = QLabel(SignInDialog)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(56, 56))
        self.logoLabel.setMaximumSize(QSize(56, 56))

        self.headerLayout.addWidget(self.logoLabel)

        self.titleLayout = QVBoxLayout()
        self.titleLayout.setSpacing(2)
        self.titleLayout.setObjectName(u"titleLayout")
        self.titleLabel = QLabel(SignInDialog)
        self.titleLabel.setObjectName(u"titleLabel")

        self.titleLayout.addWidget(self.titleLabel)

        self.subtitleLabel = QLabel(SignInDialog)
        self.subtitleLabel.setObjectName(u"subtitleLabel")

        self.titleLayout.addWidget(self.subtitleLabel)


        self.headerLayout.addLayout(self.titleLayout)

        self.headerSpacer = QSpacerItem(10, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerLayout.addItem(self.headerSpacer)


        self.mainLayout.addLayout(self.headerLayout)

        self.databaseLabel = QLabel(SignInDialog)
        self.databaseLabel.setObjectName(u"databaseLabel")
        self.databaseLabel.setWordWrap(True)
        self.databaseLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.databaseLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setHorizontalSpacing(12)
        self.formLayout.setVerticalSpacing(10)
        self.loginLabel = QLabel(SignInDialog)
        self.loginLabel.setObjectName(u"loginLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.loginLabel)

        self.loginEdit = QLineEdit(SignInDialog)
        self.loginEdit.setObjectName(u"loginEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.loginEdit)

        self.passwordLabel = QLabel(SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(SignInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)

        self.rememberCheck = QCheckBox(SignInDialog)
        self.rememberCheck.setObjectName(u"rememberCheck")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.rememberCheck)


        self.mainLayout.addLayout(self.formLayout)

        self.keyringLabel = QLabel(SignInDialog)
        self.keyringLabel.setObjectName(u"keyringLabel")
        self.keyringLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.keyringLabel)

        self.errorLabel = QLabel(SignInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.noStaffLabel = QLabel(SignInDialog)
        self.noStaffLabel.setObjectName(u"noStaffLabel")
        self.noStaffLabel.setWordWrap(True)
        self.noStaffLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.noStaffLabel)

        self.demoGroup = QGroupBox(SignInDialog)
        self.demoGroup.setObjectName(u"demoGroup")
        self.demoLayout = QVBoxLayout(self.demoGroup)
        self.demoLayout.setObjectName(u"demoLayout")
        self.demoHint = QLabel(self.demoGroup)
        self.demoHint.setObjectName(u"demoHint")
        self.demoHint.setWordWrap(True)

        self.demoLayout.addWidget(self.demoHint)

        self.demoTable = QTableWidget(self.demoGroup)
        if (self.demoTable.columnCount() < 3):
            self.demoTable.setColumnCount(3)
        __qtablewidgetitem = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.demoTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        self.demoTable.setObjectName(u"demoTable")
        self.demoTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.demoTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.demoTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.demoTable.setAlternatingRowColors(True)
        self.demoTable.setColumnCount(3)
        self.demoTable.horizontalHeader().setStretchLastSection(True)
        self.demoTable.verticalHeader().setVisible(False)

        self.demoLayout.addWidget(self.demoTable)


        self.mainLayout.addWidget(self.demoGroup)

        self.bottomSpacer = QSpacerItem(10, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.bottomSpacer)

        self.buttonBox = QDialogButtonBox(SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.loginLabel.setBuddy(self.loginEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.loginEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.rememberCheck)
        QWidget.setTabOrder(self.rememberCheck, self.demoTable)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Connexion \u2014 Cyclades Desktop", None))
        self.titleLabel.setText(QCoreApplication.translate("SignInDialog", u"Cyclades Desktop", None))
        self.subtitleLabel.setText(QCoreApplication.translate("SignInDialog", u"Service des examens \u2014 connexion du personnel", None))
        self.databaseLabel.setText(QCoreApplication.translate("SignInDialog", u"Base :", None))
        self.loginLabel.setText(QCoreApplication.translate("SignInDialog", u"&Identifiant", None))
        self.loginEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"ex. : a.martin", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"&Mot de passe", None))
        self.rememberCheck.setText(QCoreApplication.translate("SignInDialog", u"Se &souvenir de moi sur ce poste", None))
#if QT_CONFIG(tooltip)
        self.rememberCheck.setToolTip(QCoreApplication.translate("SignInDialog", u"Garde l'identifiant et le mot de passe dans le trousseau du syst\u00e8me (jamais dans un fichier).", None))
#endif // QT_CONFIG(tooltip)
        self.noStaffLabel.setText(QCoreApplication.translate("SignInDialog", u"Cette base ne contient encore aucun compte du personnel. Cr\u00e9ez-en un avec \u00ab cyclades-admin staff add \u00bb, ou essayez l'application sur la base de d\u00e9monstration : \u00ab cyclades-desktop --demo \u00bb.", None))
        self.demoGroup.setTitle(QCoreApplication.translate("SignInDialog", u"Comptes de d\u00e9monstration", None))
        self.demoHint.setText(QCoreApplication.translate("SignInDialog", u"Base fictive : double-cliquez sur un compte pour remplir les champs.", None))
        ___qtablewidgetitem = self.demoTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SignInDialog", u"Identifiant", None))
        ___qtablewidgetitem1 = self.demoTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SignInDialog", u"Mot de passe", None))
        ___qtablewidgetitem2 = self.demoTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SignInDialog", u"R\u00f4le", None))
    # retranslateUi
