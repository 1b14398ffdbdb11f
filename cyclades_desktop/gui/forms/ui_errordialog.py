# generated from ui/errordialog.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'errordialog.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QHBoxLayout, QLabel,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QVBoxLayout, QWidget)

class Ui_ErrorDialog(object):
    def setupUi(self, ErrorDialog):
        if not ErrorDialog.objectName():
            ErrorDialog.setObjectName(u"ErrorDialog")
        ErrorDialog.resize(620, 420)
        self.mainLayout = QVBoxLayout(ErrorDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.topLayout = QHBoxLayout()
        self.topLayout.setSpacing(14)
        self.topLayout.setObjectName(u"topLayout")
        self.iconLabel = QLabel(ErrorDialog)
        self.iconLabel.setObjectName(u"iconLabel")
        self.iconLabel.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.topLayout.addWidget(self.iconLabel)

        self.messageLabel = QLabel(ErrorDialog)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)

        self.topLayout.addWidget(self.messageLabel)


        self.mainLayout.addLayout(self.topLayout)

        self.summaryLabel = QLabel(ErrorDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)
        self.summaryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.summaryLabel)

        self.detailsEdit = QPlainTextEdit(ErrorDialog)
        self.detailsEdit.setObjectName(u"detailsEdit")
        self.detailsEdit.setReadOnly(True)
        self.detailsEdit.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)

        self.mainLayout.addWidget(self.detailsEdit)

        self.logLabel = QLabel(ErrorDialog)
        self.logLabel.setObjectName(u"logLabel")
        self.logLabel.setWordWrap(True)
        self.logLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.mainLayout.addWidget(self.logLabel)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.copyButton = QPushButton(ErrorDialog)
        self.copyButton.setObjectName(u"copyButton")

        self.buttonsLayout.addWidget(self.copyButton)

        self.openLogsButton = QPushButton(ErrorDialog)
        self.openLogsButton.setObjectName(u"openLogsButton")

        self.buttonsLayout.addWidget(self.openLogsButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(ErrorDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)


        self.retranslateUi(ErrorDialog)

        self.closeButton.setDefault(True)


        QMetaObject.connectSlotsByName(ErrorDialog)
    # setupUi

    def retranslateUi(self, ErrorDialog):
        ErrorDialog.setWindowTitle(QCoreApplication.translate("ErrorDialog", u"Erreur inattendue \u2014 Cyclades Desktop", None))
        self.messageLabel.setText(QCoreApplication.translate("ErrorDialog", u"Une erreur inattendue s'est produite. L'op\u00e9ration en cours n'a peut-\u00eatre pas abouti : v\u00e9rifiez le dossier concern\u00e9 avant de recommencer. Les d\u00e9tails ont \u00e9t\u00e9 enregistr\u00e9s dans le journal ; transmettez-les \u00e0 l'assistance.", None))
        self.copyButton.setText(QCoreApplication.translate("ErrorDialog", u"&Copier les d\u00e9tails", None))
        self.openLogsButton.setText(QCoreApplication.translate("ErrorDialog", u"&Ouvrir le dossier des journaux", None))
        self.closeButton.setText(QCoreApplication.translate("ErrorDialog", u"&Fermer", None))
    # retranslateUi
