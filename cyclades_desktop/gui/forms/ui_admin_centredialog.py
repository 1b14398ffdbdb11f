# generated from ui/admin_centredialog.ui by scripts/compile_forms.py, do not edit:
# change the form in Qt Designer, then run `python scripts/compile_forms.py`.
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'admin_centredialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout,
    QWidget)

class Ui_CentreDialog(object):
    def setupUi(self, CentreDialog):
        if not CentreDialog.objectName():
            CentreDialog.setObjectName(u"CentreDialog")
        CentreDialog.resize(540, 400)
        self.mainLayout = QVBoxLayout(CentreDialog)
        self.mainLayout.setSpacing(10)
        self.mainLayout.setObjectName(u"mainLayout")
        self.mainLayout.setContentsMargins(18, 16, 18, 14)
        self.titleLabel = QLabel(CentreDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.titleLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.form.setHorizontalSpacing(14)
        self.academyLabel = QLabel(CentreDialog)
        self.academyLabel.setObjectName(u"academyLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.academyLabel)

        self.academyCombo = QComboBox(CentreDialog)
        self.academyCombo.setObjectName(u"academyCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.academyCombo)

        self.uaiLabel = QLabel(CentreDialog)
        self.uaiLabel.setObjectName(u"uaiLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.uaiLabel)

        self.uaiEdit = QLineEdit(CentreDialog)
        self.uaiEdit.setObjectName(u"uaiEdit")
        self.uaiEdit.setMaxLength(8)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.uaiEdit)

        self.nameLabel = QLabel(CentreDialog)
        self.nameLabel.setObjectName(u"nameLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(CentreDialog)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.addressLabel = QLabel(CentreDialog)
        self.addressLabel.setObjectName(u"addressLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QLineEdit(CentreDialog)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setMaxLength(250)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.cityLabel = QLabel(CentreDialog)
        self.cityLabel.setObjectName(u"cityLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.cityEdit = QLineEdit(CentreDialog)
        self.cityEdit.setObjectName(u"cityEdit")
        self.cityEdit.setMaxLength(100)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cityEdit)

        self.departmentLabel = QLabel(CentreDialog)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.form.setWidget(5, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QLineEdit(CentreDialog)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(3)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.capacityLabel = QLabel(CentreDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacitySpin = QSpinBox(CentreDialog)
        self.capacitySpin.setObjectName(u"capacitySpin")
        self.capacitySpin.setMinimum(0)
        self.capacitySpin.setMaximum(100000)
        self.capacitySpin.setValue(300)

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.capacitySpin)


        self.mainLayout.addLayout(self.form)

        self.hintLabel = QLabel(CentreDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.hintLabel)

        self.errorLabel = QLabel(CentreDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.errorLabel)

        self.spacer = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonBox = QDialogButtonBox(CentreDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.academyLabel.setBuddy(self.academyCombo)
        self.uaiLabel.setBuddy(self.uaiEdit)
        self.nameLabel.setBuddy(self.nameEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.cityLabel.setBuddy(self.cityEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.capacityLabel.setBuddy(self.capacitySpin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CentreDialog)

        QMetaObject.connectSlotsByName(CentreDialog)
    # setupUi

    def retranslateUi(self, CentreDialog):
        CentreDialog.setWindowTitle(QCoreApplication.translate("CentreDialog", u"Centre d'examen", None))
        self.titleLabel.setText(QCoreApplication.translate("CentreDialog", u"Nouveau centre d'examen", None))
        self.academyLabel.setText(QCoreApplication.translate("CentreDialog", u"&Acad\u00e9mie", None))
        self.uaiLabel.setText(QCoreApplication.translate("CentreDialog", u"Code &UAI", None))
        self.uaiEdit.setPlaceholderText(QCoreApplication.translate("CentreDialog", u"0442286W", None))
        self.nameLabel.setText(QCoreApplication.translate("CentreDialog", u"&Nom", None))
        self.nameEdit.setPlaceholderText(QCoreApplication.translate("CentreDialog", u"Lyc\u00e9e Gabriel-Guist'hau", None))
        self.addressLabel.setText(QCoreApplication.translate("CentreDialog", u"A&dresse", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("CentreDialog", u"3 rue Marie-Anne du Boccage", None))
        self.cityLabel.setText(QCoreApplication.translate("CentreDialog", u"&Ville", None))
        self.cityEdit.setPlaceholderText(QCoreApplication.translate("CentreDialog", u"Nantes", None))
        self.departmentLabel.setText(QCoreApplication.translate("CentreDialog", u"D\u00e9&partement", None))
        self.departmentEdit.setPlaceholderText(QCoreApplication.translate("CentreDialog", u"44", None))
        self.capacityLabel.setText(QCoreApplication.translate("CentreDialog", u"&Capacit\u00e9", None))
        self.capacitySpin.setSuffix(QCoreApplication.translate("CentreDialog", u" places", None))
        self.hintLabel.setText(QCoreApplication.translate("CentreDialog", u"Le d\u00e9partement sert \u00e0 l'affectation automatique : les candidats sont d'abord plac\u00e9s dans un centre de leur d\u00e9partement.", None))
        self.errorLabel.setText("")
    # retranslateUi
