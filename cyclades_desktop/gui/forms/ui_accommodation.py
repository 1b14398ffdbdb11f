# generated from ui/accommodation.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'accommodation.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDialog,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout,
    QWidget)

class Ui_AccommodationDialog(object):
    def setupUi(self, AccommodationDialog):
        if not AccommodationDialog.objectName():
            AccommodationDialog.setObjectName(u"AccommodationDialog")
        AccommodationDialog.resize(600, 380)
        self.mainLayout = QVBoxLayout(AccommodationDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(AccommodationDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.warningLabel = QLabel(AccommodationDialog)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.warningLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.inscriptionLabel = QLabel(AccommodationDialog)
        self.inscriptionLabel.setObjectName(u"inscriptionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.inscriptionLabel)

        self.inscriptionCombo = QComboBox(AccommodationDialog)
        self.inscriptionCombo.setObjectName(u"inscriptionCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.inscriptionCombo)

        self.kindLabel = QLabel(AccommodationDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(AccommodationDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.detailLabel = QLabel(AccommodationDialog)
        self.detailLabel.setObjectName(u"detailLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.detailLabel)

        self.detailEdit = QLineEdit(AccommodationDialog)
        self.detailEdit.setObjectName(u"detailEdit")
        self.detailEdit.setMaxLength(300)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.detailEdit)

        self.separateRoomCheck = QCheckBox(AccommodationDialog)
        self.separateRoomCheck.setObjectName(u"separateRoomCheck")

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.separateRoomCheck)


        self.mainLayout.addLayout(self.form)

        self.existingLabel = QLabel(AccommodationDialog)
        self.existingLabel.setObjectName(u"existingLabel")
        self.existingLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.existingLabel)

        self.errorLabel = QLabel(AccommodationDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(10, 6, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonsLayout = QHBoxLayout()
        self.buttonsLayout.setObjectName(u"buttonsLayout")
        self.buttonsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsLayout.addItem(self.buttonsSpacer)

        self.cancelButton = QPushButton(AccommodationDialog)
        self.cancelButton.setObjectName(u"cancelButton")

        self.buttonsLayout.addWidget(self.cancelButton)

        self.saveButton = QPushButton(AccommodationDialog)
        self.saveButton.setObjectName(u"saveButton")

        self.buttonsLayout.addWidget(self.saveButton)


        self.mainLayout.addLayout(self.buttonsLayout)

#if QT_CONFIG(shortcut)
        self.inscriptionLabel.setBuddy(self.inscriptionCombo)
        self.kindLabel.setBuddy(self.kindCombo)
        self.detailLabel.setBuddy(self.detailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.inscriptionCombo, self.kindCombo)
        QWidget.setTabOrder(self.kindCombo, self.detailEdit)
        QWidget.setTabOrder(self.detailEdit, self.separateRoomCheck)
        QWidget.setTabOrder(self.separateRoomCheck, self.cancelButton)
        QWidget.setTabOrder(self.cancelButton, self.saveButton)

        self.retranslateUi(AccommodationDialog)

        self.saveButton.setDefault(True)


        QMetaObject.connectSlotsByName(AccommodationDialog)
    # setupUi

    def retranslateUi(self, AccommodationDialog):
        AccommodationDialog.setWindowTitle(QCoreApplication.translate("AccommodationDialog", u"Enregistrer un am\u00e9nagement", None))
        self.titleLabel.setText(QCoreApplication.translate("AccommodationDialog", u"Enregistrer un am\u00e9nagement", None))
        self.warningLabel.setText(QCoreApplication.translate("AccommodationDialog", u"Indiquez la mesure accord\u00e9e par la d\u00e9cision (article D613-26 du Code de l'\u00e9ducation), jamais un diagnostic ni une information m\u00e9dicale : ce sont des donn\u00e9es de sant\u00e9.", None))
        self.inscriptionLabel.setText(QCoreApplication.translate("AccommodationDialog", u"C&andidature", None))
        self.kindLabel.setText(QCoreApplication.translate("AccommodationDialog", u"&Mesure accord\u00e9e", None))
        self.detailLabel.setText(QCoreApplication.translate("AccommodationDialog", u"&Pr\u00e9cision", None))
        self.separateRoomCheck.setText(QCoreApplication.translate("AccommodationDialog", u"Composer dans une &salle \u00e0 part (salle am\u00e9nag\u00e9e)", None))
        self.existingLabel.setText("")
        self.errorLabel.setText("")
        self.cancelButton.setText(QCoreApplication.translate("AccommodationDialog", u"Annuler", None))
        self.saveButton.setText(QCoreApplication.translate("AccommodationDialog", u"&Enregistrer", None))
    # retranslateUi
