# generated from ui/lock.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'lock.ui'
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
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_LockWidget(object):
    def setupUi(self, LockWidget):
        if not LockWidget.objectName():
            LockWidget.setObjectName(u"LockWidget")
        LockWidget.resize(800, 600)
        self.outerLayout = QGridLayout(LockWidget)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer, 0, 1, 1, 1)

        self.leftSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.leftSpacer, 1, 0, 1, 1)

        self.lockCard = QFrame(LockWidget)
        self.lockCard.setObjectName(u"lockCard")
        self.lockCard.setMinimumSize(QSize(420, 0))
        self.lockCard.setMaximumSize(QSize(460, 16777215))
        self.cardLayout = QVBoxLayout(self.lockCard)
        self.cardLayout.setSpacing(12)
        self.cardLayout.setObjectName(u"cardLayout")
        self.cardLayout.setContentsMargins(28, 24, 28, 22)
        self.lockIcon = QLabel(self.lockCard)
        self.lockIcon.setObjectName(u"lockIcon")
        self.lockIcon.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.lockIcon)

        self.titleLabel = QLabel(self.lockCard)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.titleLabel)

        self.messageLabel = QLabel(self.lockCard)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.cardLayout.addWidget(self.messageLabel)

        self.passwordEdit = QLineEdit(self.lockCard)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.cardLayout.addWidget(self.passwordEdit)

        self.errorLabel = QLabel(self.lockCard)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.cardLayout.addWidget(self.errorLabel)

        self.unlockButton = QPushButton(self.lockCard)
        self.unlockButton.setObjectName(u"unlockButton")

        self.cardLayout.addWidget(self.unlockButton)

        self.otherButtons = QHBoxLayout()
        self.otherButtons.setObjectName(u"otherButtons")
        self.switchUserButton = QPushButton(self.lockCard)
        self.switchUserButton.setObjectName(u"switchUserButton")

        self.otherButtons.addWidget(self.switchUserButton)

        self.quitButton = QPushButton(self.lockCard)
        self.quitButton.setObjectName(u"quitButton")

        self.otherButtons.addWidget(self.quitButton)


        self.cardLayout.addLayout(self.otherButtons)


        self.outerLayout.addWidget(self.lockCard, 1, 1, 1, 1)

        self.rightSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outerLayout.addItem(self.rightSpacer, 1, 2, 1, 1)

        self.bottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer, 2, 1, 1, 1)


        self.retranslateUi(LockWidget)

        self.unlockButton.setDefault(True)


        QMetaObject.connectSlotsByName(LockWidget)
    # setupUi

    def retranslateUi(self, LockWidget):
        self.titleLabel.setText(QCoreApplication.translate("LockWidget", u"Session verrouill\u00e9e", None))
        self.messageLabel.setText("")
        self.passwordEdit.setPlaceholderText(QCoreApplication.translate("LockWidget", u"Mot de passe", None))
        self.errorLabel.setText("")
        self.unlockButton.setText(QCoreApplication.translate("LockWidget", u"&D\u00e9verrouiller", None))
        self.switchUserButton.setText(QCoreApplication.translate("LockWidget", u"&Changer d'utilisateur", None))
        self.quitButton.setText(QCoreApplication.translate("LockWidget", u"&Quitter", None))
        pass
    # retranslateUi
