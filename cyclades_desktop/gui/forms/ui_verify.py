# generated from ui/verify.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'verify.ui'
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
from PySide6.QtWidgets import (QApplication, QDialog, QFormLayout, QFrame,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_VerifyDialog(object):
    def setupUi(self, VerifyDialog):
        if not VerifyDialog.objectName():
            VerifyDialog.setObjectName(u"VerifyDialog")
        VerifyDialog.resize(640, 400)
        self.mainLayout = QVBoxLayout(VerifyDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(VerifyDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.introLabel = QLabel(VerifyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.introLabel)

        self.codeLayout = QHBoxLayout()
        self.codeLayout.setSpacing(8)
        self.codeLayout.setObjectName(u"codeLayout")
        self.codeLabel = QLabel(VerifyDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.codeLayout.addWidget(self.codeLabel)

        self.codeEdit = QLineEdit(VerifyDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(200)
        self.codeEdit.setClearButtonEnabled(True)

        self.codeLayout.addWidget(self.codeEdit)

        self.verifyButton = QPushButton(VerifyDialog)
        self.verifyButton.setObjectName(u"verifyButton")

        self.codeLayout.addWidget(self.verifyButton)


        self.mainLayout.addLayout(self.codeLayout)

        self.resultFrame = QFrame(VerifyDialog)
        self.resultFrame.setObjectName(u"resultFrame")
        self.resultFrame.setFrameShape(QFrame.Shape.NoFrame)
        self.resultLayout = QVBoxLayout(self.resultFrame)
        self.resultLayout.setSpacing(8)
        self.resultLayout.setObjectName(u"resultLayout")
        self.resultLayout.setContentsMargins(0, 4, 0, 0)
        self.stateLabel = QLabel(self.resultFrame)
        self.stateLabel.setObjectName(u"stateLabel")
        self.stateLabel.setWordWrap(True)

        self.resultLayout.addWidget(self.stateLabel)

        self.messageLabel = QLabel(self.resultFrame)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.resultLayout.addWidget(self.messageLabel)

        self.detailsForm = QFormLayout()
        self.detailsForm.setObjectName(u"detailsForm")
        self.detailsForm.setHorizontalSpacing(14)
        self.detailsForm.setVerticalSpacing(4)
        self.kindCaption = QLabel(self.resultFrame)
        self.kindCaption.setObjectName(u"kindCaption")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindCaption)

        self.kindValue = QLabel(self.resultFrame)
        self.kindValue.setObjectName(u"kindValue")
        self.kindValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindValue)

        self.candidateCaption = QLabel(self.resultFrame)
        self.candidateCaption.setObjectName(u"candidateCaption")

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.candidateCaption)

        self.candidateValue = QLabel(self.resultFrame)
        self.candidateValue.setObjectName(u"candidateValue")
        self.candidateValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.candidateValue)

        self.inscriptionCaption = QLabel(self.resultFrame)
        self.inscriptionCaption.setObjectName(u"inscriptionCaption")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.inscriptionCaption)

        self.inscriptionValue = QLabel(self.resultFrame)
        self.inscriptionValue.setObjectName(u"inscriptionValue")
        self.inscriptionValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.inscriptionValue)

        self.publishedCaption = QLabel(self.resultFrame)
        self.publishedCaption.setObjectName(u"publishedCaption")

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.publishedCaption)

        self.publishedValue = QLabel(self.resultFrame)
        self.publishedValue.setObjectName(u"publishedValue")
        self.publishedValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.publishedValue)

        self.shaCaption = QLabel(self.resultFrame)
        self.shaCaption.setObjectName(u"shaCaption")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.shaCaption)

        self.shaValue = QLabel(self.resultFrame)
        self.shaValue.setObjectName(u"shaValue")
        self.shaValue.setWordWrap(True)
        self.shaValue.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.shaValue)


        self.resultLayout.addLayout(self.detailsForm)


        self.mainLayout.addWidget(self.resultFrame)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.openFileButton = QPushButton(VerifyDialog)
        self.openFileButton.setObjectName(u"openFileButton")

        self.buttonsLayout.addWidget(self.openFileButton)

        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.closeButton = QPushButton(VerifyDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonsLayout.addWidget(self.closeButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.codeEdit, self.verifyButton)
        QWidget.setTabOrder(self.verifyButton, self.openFileButton)
        QWidget.setTabOrder(self.openFileButton, self.closeButton)

        self.retranslateUi(VerifyDialog)

        QMetaObject.connectSlotsByName(VerifyDialog)
    # setupUi

    def retranslateUi(self, VerifyDialog):
        VerifyDialog.setWindowTitle(QCoreApplication.translate("VerifyDialog", u"V\u00e9rifier un document", None))
        self.titleLabel.setText(QCoreApplication.translate("VerifyDialog", u"V\u00e9rifier un document", None))
        self.introLabel.setText(QCoreApplication.translate("VerifyDialog", u"Saisissez ou collez le code de v\u00e9rification imprim\u00e9 au bas du document (par exemple 7K3M-Q9TB-2XWD). L'adresse lue par un lecteur de QR code convient aussi.", None))
        self.codeLabel.setText(QCoreApplication.translate("VerifyDialog", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("VerifyDialog", u"XXXX-XXXX-XXXX", None))
        self.verifyButton.setText(QCoreApplication.translate("VerifyDialog", u"&V\u00e9rifier", None))
        self.stateLabel.setText("")
        self.messageLabel.setText("")
        self.kindCaption.setText(QCoreApplication.translate("VerifyDialog", u"Document", None))
        self.candidateCaption.setText(QCoreApplication.translate("VerifyDialog", u"Candidat", None))
        self.inscriptionCaption.setText(QCoreApplication.translate("VerifyDialog", u"Candidature", None))
        self.publishedCaption.setText(QCoreApplication.translate("VerifyDialog", u"Publi\u00e9 le", None))
        self.shaCaption.setText(QCoreApplication.translate("VerifyDialog", u"Empreinte SHA-256", None))
        self.openFileButton.setText(QCoreApplication.translate("VerifyDialog", u"&Ouvrir le dossier du candidat", None))
        self.closeButton.setText(QCoreApplication.translate("VerifyDialog", u"&Fermer", None))
    # retranslateUi
