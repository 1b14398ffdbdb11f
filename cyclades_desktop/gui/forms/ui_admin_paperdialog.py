# generated from ui/admin_paperdialog.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_paperdialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDateTimeEdit, QDialog,
    QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_PaperDialog(object):
    def setupUi(self, PaperDialog):
        if not PaperDialog.objectName():
            PaperDialog.setObjectName(u"PaperDialog")
        PaperDialog.resize(520, 360)
        self.mainLayout = QVBoxLayout(PaperDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(PaperDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.codeLabel = QLabel(PaperDialog)
        self.codeLabel.setObjectName(u"codeLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.codeLabel)

        self.codeEdit = QLineEdit(PaperDialog)
        self.codeEdit.setObjectName(u"codeEdit")
        self.codeEdit.setMaxLength(30)

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.codeEdit)

        self.nameLabel = QLabel(PaperDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PaperDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.startsLabel = QLabel(PaperDialog)
        self.startsLabel.setObjectName(u"startsLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.startsLabel)

        self.startsEdit = QDateTimeEdit(PaperDialog)
        self.startsEdit.setObjectName(u"startsEdit")
        self.startsEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.startsEdit)

        self.durationLabel = QLabel(PaperDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationSpin = QSpinBox(PaperDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(0)
        self.durationSpin.setMaximum(720)
        self.durationSpin.setSingleStep(15)
        self.durationSpin.setValue(240)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.durationSpin)

        self.coefficientLabel = QLabel(PaperDialog)
        self.coefficientLabel.setObjectName(u"coefficientLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.coefficientLabel)

        self.coefficientSpin = QDoubleSpinBox(PaperDialog)
        self.coefficientSpin.setObjectName(u"coefficientSpin")
        self.coefficientSpin.setDecimals(1)
        self.coefficientSpin.setMinimum(0.000000000000000)
        self.coefficientSpin.setMaximum(100.000000000000000)
        self.coefficientSpin.setSingleStep(0.500000000000000)
        self.coefficientSpin.setValue(1.000000000000000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.coefficientSpin)


        self.mainLayout.addLayout(self.form)

        self.hintLabel = QLabel(PaperDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(PaperDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(PaperDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.codeLabel.setBuddy(self.codeEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.startsLabel.setBuddy(self.startsEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.coefficientLabel.setBuddy(self.coefficientSpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PaperDialog)

        QMetaObject.connectSlotsByName(PaperDialog)
    # setupUi

    def retranslateUi(self, PaperDialog):
        PaperDialog.setWindowTitle(QCoreApplication.translate("PaperDialog", u"\u00c9preuve", None))
        self.titleLabel.setText(QCoreApplication.translate("PaperDialog", u"Nouvelle \u00e9preuve", None))
        self.codeLabel.setText(QCoreApplication.translate("PaperDialog", u"&Code", None))
        self.codeEdit.setPlaceholderText(QCoreApplication.translate("PaperDialog", u"PHILO", None))
        self.nameLabel.setText(QCoreApplication.translate("PaperDialog", u"&Intitul\u00e9", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("PaperDialog", u"Philosophie", None))
        self.startsLabel.setText(QCoreApplication.translate("PaperDialog", u"&Date et heure", None))
        self.startsEdit.setDisplayFormat(QCoreApplication.translate("PaperDialog", u"dd/MM/yyyy HH:mm", None))
        self.durationLabel.setText(QCoreApplication.translate("PaperDialog", u"D&ur\u00e9e", None))
        self.durationSpin.setSuffix(QCoreApplication.translate("PaperDialog", u" min", None))
        self.coefficientLabel.setText(QCoreApplication.translate("PaperDialog", u"C&oefficient", None))
        self.hintLabel.setText(QCoreApplication.translate("PaperDialog", u"L'heure est celle du centre d'examen : elle est imprim\u00e9e telle quelle sur les convocations. Le centre et la salle viennent de l'affectation de chaque candidat.", None))
        self.errorLabel.setText("")
    # retranslateUi
